package jp.tokyo23city.portal.board.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

/** What the board makes of an accepted file: the text of a PDF for search, a small PNG of an image. */
public final class FileInspector {

    private static final Logger LOG = Logger.getLogger(FileInspector.class.getName());
    private static final int TEXT_MAX = 200_000;
    private static final int THUMBNAIL_EDGE = 240;

    private FileInspector() {
    }

    /**
     * Whether a file that starts like a PDF is one: it has pages, and no HTML hides behind the header (a page that
     * calls itself a PDF must never be served back).
     */
    public static boolean plausiblePdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<html") || head.contains("<script") || head.contains("<body") || head.contains("<!doctype")) {
            return false;
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The text of a PDF (empty for images and for PDFs without text). */
    public static String text(String contentType, byte[] content) {
        if (!"application/pdf".equals(contentType)) {
            return "";
        }
        try {
            Tika tika = new Tika();
            tika.setMaxStringLength(TEXT_MAX);
            return tika.parseToString(new ByteArrayInputStream(content)).strip();
        } catch (IOException | TikaException | RuntimeException e) {
            LOG.log(Level.INFO, "No text could be read from an attached PDF", e);
            return "";
        }
    }

    /** A PNG no larger than 240 px a side, for JPEG and PNG (Java reads no WebP: those are listed without one). */
    public static Optional<byte[]> thumbnail(String contentType, byte[] content) {
        if (!"image/jpeg".equals(contentType) && !"image/png".equals(contentType)) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(image.getWidth(), image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "png", out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "No thumbnail could be made of an attached image", e);
            return Optional.empty();
        }
    }
}
