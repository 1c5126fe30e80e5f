package jp.tokyo23city.portal.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyFormatTest {

    @Test
    void markupIsShownAsTextAndAddressesBecomeSafeLinks() {
        String html = BodyFormat.toHtml("<script>alert(1)</script>\n詳細は https://www.example.jp/a?b=1&c=2 を参照。");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html).contains("<br />");
        assertThat(html).contains("href=\"https://www.example.jp/a?b&#61;1&amp;c&#61;2\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void javascriptAddressesAreNotLinked() {
        assertThat(BodyFormat.toHtml("javascript:alert(1)")).doesNotContain("<a");
        assertThat(BodyFormat.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(BodyFormat.isWebAddress("https://www.youtube.com/watch?v=x")).isTrue();
    }

    @Test
    void aFullStopAfterAnAddressStaysOutOfTheLink() {
        assertThat(BodyFormat.toHtml("see https://example.jp/x.")).contains("https://example.jp/x</a>.");
    }
}
