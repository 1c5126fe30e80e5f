package jp.tokyo23city.portal.board;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files for board tests. A PDF with Japanese text needs a Japanese font, and this machine has none: the PDF is written
 * by hand with a Type0 font whose codes are the characters' UTF-16 units and a ToUnicode map, which is all a text
 * extractor (Tika, PDFBox) needs.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF whose text is the given Japanese line. */
    public static byte[] japanesePdf(String text) {
        StringBuilder hex = new StringBuilder();
        Set<Character> chars = new LinkedHashSet<>();
        for (char c : text.toCharArray()) {
            hex.append("%04X".formatted((int) c));
            chars.add(c);
        }
        String content = "BT /F1 12 Tf 50 750 Td <" + hex + "> Tj ET\n";
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        List<Character> list = new ArrayList<>(chars);
        for (int i = 0; i < list.size(); i += 100) {
            List<Character> block = list.subList(i, Math.min(list.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (char c : block) {
                cmap.append("<%04X> <%04X>\n".formatted((int) c, (int) c));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
            stream(content),
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
            stream(cmap.toString()),
            "<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append("%010d 00000 n \n".formatted(offset));
        }
        table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String stream(String data) {
        return "<< /Length " + data.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + data + "endstream";
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The start of a Windows program, as a renamed .exe would begin. */
    public static byte[] program() {
        return ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000"
                + "\u00b8\u0000\u0000\u0000\u0000\u0000\u0000\u0000@\u0000This program cannot be run in DOS mode.")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An HTML page. */
    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An HTML page behind a PDF header. */
    public static byte[] htmlWithPdfHeader() {
        return "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A small PNG (a 40×30 blue rectangle). */
    public static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.BLUE);
            g.fillRect(0, 0, 40, 30);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
