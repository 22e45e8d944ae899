/*
 * Frozen set 9: draws a report laid out by pdf-corpus/frozen9-layout.ts with libharu (Haru Free PDF
 * Library, libhpdf). Reads the drawing operations, one a line, fields split by tabs, text in
 * Windows-1252:
 *   doc W H regular bold italic bolditalic   page size in points and the TrueType files
 *   page                                    a new page
 *   text F size rise x y ws text            a run of one style; ws is added to each space (Tw)
 *   rule x1 y1 x2 y2 w                      a line
 *   fill x y w h grey                       a shaded rectangle
 * The fonts are embedded (HPDF_LoadTTFontFromFile) with WinAnsiEncoding; the page streams are
 * compressed. cc haru-report.c -lhpdf -o haru-report; ./haru-report ops.txt out.pdf
 */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void on_error(HPDF_STATUS e, HPDF_STATUS d, void *u) {
  (void)u;
  fprintf(stderr, "libharu error %04X %u\n", (unsigned)e, (unsigned)d);
  exit(1);
}

int main(int argc, char **argv) {
  if (argc != 3) return 2;
  FILE *in = fopen(argv[1], "rb");
  if (!in) return 2;
  HPDF_Doc pdf = HPDF_New(on_error, NULL);
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Report on the integrated inspection");
  HPDF_Font fonts[4] = {0};
  const char *keys[4] = {"R", "B", "I", "BI"};
  double W = 595, H = 842;
  HPDF_Page page = NULL;
  static char line[65536];
  while (fgets(line, sizeof line, in)) {
    line[strcspn(line, "\r\n")] = 0;
    char *f[10];
    int n = 0;
    char *p = line;
    while (n < 10) {
      f[n++] = p;
      char *t = strchr(p, '\t');
      if (!t) break;
      *t = 0;
      p = t + 1;
    }
    if (!strcmp(f[0], "doc")) {
      W = atof(f[1]);
      H = atof(f[2]);
      for (int i = 0; i < 4; i++) fonts[i] = HPDF_GetFont(pdf, HPDF_LoadTTFontFromFile(pdf, f[3 + i], HPDF_TRUE), "WinAnsiEncoding");
    } else if (!strcmp(f[0], "page")) {
      page = HPDF_AddPage(pdf);
      HPDF_Page_SetWidth(page, W);
      HPDF_Page_SetHeight(page, H);
    } else if (!strcmp(f[0], "text")) {
      int k = 0;
      for (int i = 0; i < 4; i++)
        if (!strcmp(f[1], keys[i])) k = i;
      HPDF_Page_BeginText(page);
      HPDF_Page_SetFontAndSize(page, fonts[k], atof(f[2]));
      HPDF_Page_SetTextRise(page, atof(f[3]));
      HPDF_Page_SetWordSpace(page, atof(f[6]));
      HPDF_Page_TextOut(page, atof(f[4]), atof(f[5]), f[7]);
      HPDF_Page_EndText(page);
    } else if (!strcmp(f[0], "rule")) {
      HPDF_Page_SetLineWidth(page, atof(f[5]));
      HPDF_Page_MoveTo(page, atof(f[1]), atof(f[2]));
      HPDF_Page_LineTo(page, atof(f[3]), atof(f[4]));
      HPDF_Page_Stroke(page);
    } else if (!strcmp(f[0], "fill")) {
      HPDF_Page_SetGrayFill(page, atof(f[5]));
      HPDF_Page_Rectangle(page, atof(f[1]), atof(f[2]), atof(f[3]), atof(f[4]));
      HPDF_Page_Fill(page);
      HPDF_Page_SetGrayFill(page, 0);
    }
  }
  fclose(in);
  HPDF_SaveToFile(pdf, argv[2]);
  HPDF_Free(pdf);
  return 0;
}
