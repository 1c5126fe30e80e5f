package jp.tokyo23city.portal.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.board.TestFiles;
import jp.tokyo23city.portal.platform.AttachmentCheck;

class FileInspectorTest {

    @Test
    void theTextOfAJapanesePdfIsReadForSearch() {
        byte[] pdf = TestFiles.japanesePdf("京丹波町の黒豆フェアのご案内");
        assertThat(AttachmentCheck.allowedType(pdf)).contains("application/pdf");
        assertThat(FileInspector.plausiblePdf(pdf)).isTrue();
        assertThat(FileInspector.text("application/pdf", pdf)).contains("黒豆フェア");
    }

    @Test
    void programsAndPagesPosingAsPdfsAreRefused() {
        assertThat(AttachmentCheck.allowedType(TestFiles.program())).isEmpty();
        assertThat(AttachmentCheck.allowedType(TestFiles.html())).isEmpty();
        assertThat(FileInspector.plausiblePdf(TestFiles.htmlWithPdfHeader())).isFalse();
    }

    @Test
    void imagesGetAThumbnail() {
        assertThat(FileInspector.thumbnail("image/png", TestFiles.png())).isPresent();
        assertThat(FileInspector.thumbnail("application/pdf", new byte[] {1})).isEmpty();
    }
}
