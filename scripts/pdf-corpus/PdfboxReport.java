/*
 * Frozen set 9: draws a report laid out by pdf-corpus/frozen9-layout.ts with Apache PDFBox 2.0.
 * Reads the drawing operations of haru-report.c (the same tab-separated lines, text in UTF-8).
 * The TrueType fonts are loaded as PDType0Font (Identity-H, subset on save); a justified run is
 * written as one TJ array, its spaces widened by the array's adjustments.
 *   java -cp pdfbox2.jar:fontbox2.jar:commons-logging.jar PdfboxReport.java ops.txt out.pdf
 */
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

public class PdfboxReport {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(new File(args[0]).toPath(), StandardCharsets.UTF_8);
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("Report on the integrated inspection");
      doc.setDocumentInformation(info);
      PDType0Font[] fonts = new PDType0Font[4];
      String[] keys = {"R", "B", "I", "BI"};
      float w = 595, h = 842;
      PDPageContentStream cs = null;
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "doc":
            w = Float.parseFloat(f[1]);
            h = Float.parseFloat(f[2]);
            for (int i = 0; i < 4; i++) fonts[i] = PDType0Font.load(doc, new File(f[3 + i]));
            break;
          case "page":
            if (cs != null) cs.close();
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            break;
          case "text": {
            int k = 0;
            for (int i = 0; i < 4; i++) if (keys[i].equals(f[1])) k = i;
            float size = Float.parseFloat(f[2]);
            float ws = Float.parseFloat(f[6]);
            cs.beginText();
            cs.setFont(fonts[k], size);
            cs.setTextRise(Float.parseFloat(f[3]));
            cs.newLineAtOffset(Float.parseFloat(f[4]), Float.parseFloat(f[5]));
            if (ws > 0.001f && f[7].contains(" ")) {
              List<Object> parts = new ArrayList<>();
              String[] words = f[7].split(" ", -1);
              for (int i = 0; i < words.length; i++) {
                parts.add(i < words.length - 1 ? words[i] + " " : words[i]);
                if (i < words.length - 1) parts.add(-ws * 1000f / size);
              }
              cs.showTextWithPositioning(parts.toArray());
            } else cs.showText(f[7]);
            cs.endText();
            break;
          }
          case "rule":
            cs.setLineWidth(Float.parseFloat(f[5]));
            cs.moveTo(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
            cs.lineTo(Float.parseFloat(f[3]), Float.parseFloat(f[4]));
            cs.stroke();
            break;
          case "fill":
            cs.setNonStrokingColor(Float.parseFloat(f[5]));
            cs.addRect(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4]));
            cs.fill();
            cs.setNonStrokingColor(0f);
            break;
          default:
            break;
        }
      }
      if (cs != null) cs.close();
      doc.save(new File(args[1]));
    }
  }
}
