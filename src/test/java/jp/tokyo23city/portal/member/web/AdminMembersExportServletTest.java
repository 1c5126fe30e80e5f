package jp.tokyo23city.portal.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.member.boundary.MemberExportService.Format;
import jp.tokyo23city.portal.platform.web.Downloads;

class AdminMembersExportServletTest {

    @Test
    void theJapaneseFileNameIsSentAsRfc5987WithAnAsciiFallback() {
        String name = Format.XLSX.fileName(LocalDate.of(2026, 11, 29));
        assertThat(name).isEqualTo("会員一覧_20261129.xlsx");

        String header = Downloads.contentDisposition("attachment", name, AdminMembersExportServlet.asciiName(name));

        assertThat(header).startsWith("attachment; filename=\"members_20261129.xlsx\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9%._-]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
    }

    @Test
    void onlyTheThreeKnownFormatsAreServed() {
        assertThat(AdminMembersExportServlet.format("xlsx")).isEqualTo(Format.XLSX);
        assertThat(AdminMembersExportServlet.format("members-csv")).isEqualTo(Format.MEMBERS_CSV);
        assertThat(AdminMembersExportServlet.format("contacts-csv")).isEqualTo(Format.CONTACTS_CSV);
        assertThat(AdminMembersExportServlet.format("../etc")).isNull();
        assertThat(AdminMembersExportServlet.format(null)).isNull();
        assertThat(Format.CONTACTS_CSV.fileName(LocalDate.of(2027, 4, 1))).isEqualTo("担当者一覧_20270401.csv");
    }
}
