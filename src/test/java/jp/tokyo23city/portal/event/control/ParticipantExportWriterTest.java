package jp.tokyo23city.portal.event.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParticipantExportWriterTest {

    @Test
    void csvStartsWithABomEndsLinesWithCrlfAndDefusesFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantExportWriter.writeCsv(List.of(new ParticipantExportWriter.Row(1, "参加確定", "=HYPERLINK(\"x\")",
                "とくべつ", "区民, 有志", "a@example.jp", null, null, "令和7年8月1日(金) 9:00", null)), out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF申込番号,状態,氏名");
        assertThat(text).contains("\r\n1,参加確定,\"'=HYPERLINK(\"\"x\"\")\",とくべつ,\"区民, 有志\",a@example.jp");
    }
}
