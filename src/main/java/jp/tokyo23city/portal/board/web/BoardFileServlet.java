package jp.tokyo23city.portal.board.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.boundary.BoardService;
import jp.tokyo23city.portal.board.boundary.DownloadFile;
import jp.tokyo23city.portal.platform.web.Downloads;

/**
 * /board/file?id=… (&amp;thumb=1): a post's file for a user who may read the post, as the type detected on upload,
 * with nosniff; PDFs as downloads, images and thumbnails inline. Files live in the database, never in the web root.
 */
@WebServlet("/board/file")
public class BoardFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoardService board;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DownloadFile file;
        try {
            file = board.file(Long.parseLong(request.getParameter("id")), "1".equals(request.getParameter("thumb")));
        } catch (NumberFormatException | BoardException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String disposition = file.contentType().startsWith("image/") ? "inline" : "attachment";
        String extension = file.fileName().contains(".") ? file.fileName().substring(file.fileName().lastIndexOf('.')) : "";
        Downloads.send(response, file.contentType(), disposition, file.fileName(), "board-file-" + file.id() + extension,
                file.content());
    }
}
