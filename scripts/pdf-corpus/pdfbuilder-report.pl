#!/usr/bin/perl
# Frozen set 9: draws a report laid out by pdf-corpus/frozen9-layout.ts with PDF::Builder (Perl).
# Reads the drawing operations of haru-report.c (tab-separated lines, text in UTF-8) with one
# more kind of line, "word F size rise x y text": every word placed on its own at its x, as the
# layout justified it. The TrueType fonts through ttfont (embedded, subset, Identity-H).
#   perl pdfbuilder-report.pl ops.txt out.pdf
use strict;
use warnings;
use utf8;
use PDF::Builder;

my ($ops, $out) = @ARGV;
open(my $in, '<:encoding(UTF-8)', $ops) or die "$ops: $!";
# PDF::Builder 3.025's page->text() and page->gfx() do not compress unless told to (their default is 0,
# so the document's compress option never reaches them): told here.
my $pdf = PDF::Builder->new(compress => 'flate');
$pdf->info(Title => 'Report on the integrated inspection', Producer => "PDF::Builder $PDF::Builder::VERSION");
my %font;
my ($w, $h) = (595, 842);
my ($page, $text, $gfx);
while (my $line = <$in>) {
    chomp $line;
    my @f = split /\t/, $line, -1;
    if ($f[0] eq 'doc') {
        ($w, $h) = @f[1, 2];
        @font{qw(R B I BI)} = map { $pdf->ttfont($_) } @f[3 .. 6];
    } elsif ($f[0] eq 'page') {
        $page = $pdf->page();
        $page->mediabox(0, 0, $w, $h);
        $gfx = $page->gfx(compress => 1);
        $text = $page->text(compress => 1);
    } elsif ($f[0] eq 'word') {
        my (undef, $k, $size, $rise, $x, $y, $s) = @f;
        $text->font($font{$k}, $size);
        $text->rise($rise);
        $text->translate($x, $y);
        $text->text($s);
    } elsif ($f[0] eq 'rule') {
        $gfx->linewidth($f[5]);
        $gfx->move(@f[1, 2]);
        $gfx->line(@f[3, 4]);
        $gfx->stroke();
    } elsif ($f[0] eq 'fill') {
        $gfx->fillcolor($f[5]);
        $gfx->rect(@f[1 .. 4]);
        $gfx->fill();
        $gfx->fillcolor(0);
    }
}
close $in;
$pdf->saveas($out);
