package jp.tokyo23city.portal.board.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.boundary.NewFile;

/** Reads uploaded parts, refusing one larger than the limit before reading it whole. */
final class Uploads {

    private Uploads() {
    }

    static List<NewFile> read(List<Part> parts, long maxBytes, int megabytes) {
        List<NewFile> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (Part part : parts) {
            if (part == null || part.getSize() == 0) {
                continue;
            }
            String name = part.getSubmittedFileName();
            if (part.getSize() > maxBytes) {
                throw new BoardException("board.message.fileTooLarge", name, megabytes);
            }
            try (InputStream in = part.getInputStream()) {
                files.add(new NewFile(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
