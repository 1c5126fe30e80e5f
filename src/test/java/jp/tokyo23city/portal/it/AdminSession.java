package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signing in as the admin over HTTP, whichever test does it first, and loading the municipality master. */
public final class AdminSession {

    static final String INITIAL = System.getProperty("portal.it.admin.password", "Admin-Initial-Pass-2026");
    static final String CHANGED = "kushiro-ishigaki-renkei-2026";

    private AdminSession() {
    }

    /** Signs in as admin; on the first sign-in of the run, changes the initial password as the portal demands. */
    public static PortalClient signIn(PortalClient client) {
        HttpResponse<String> response = client.login("admin", INITIAL);
        if (response.uri().getPath().equals("/account/password.xhtml")) {
            HttpResponse<String> changed = client.submit("/account/password.xhtml", "passwordForm",
                    Map.of("currentPassword", INITIAL, "newPassword", CHANGED, "confirmation", CHANGED), "submit");
            assertThat(changed.body()).contains("パスワードを変更しました。");
        } else if (response.uri().getPath().equals("/login.xhtml")) {
            assertThat(client.login("admin", CHANGED).uri().getPath()).isEqualTo("/");
        }
        return client;
    }

    /** Imports ../shared/data/localgovjp-utf8.csv through the admin page, as an admin would. */
    public static void importMunicipalityMaster(PortalClient admin) throws Exception {
        Path file = Path.of(System.getProperty("portal.shared.data", "../shared/data"), "localgovjp-utf8.csv");
        String path = "/admin/municipalities/import.xhtml";
        String page = admin.get(path).body();
        String progress = admin.postMultipart(path, page, "importForm", "file", "localgovjp-utf8.csv",
                Files.readAllBytes(file), "startImport").body();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            String partial = admin.ajax(path, progress, "importForm", "importForm:poll",
                    "importForm:progressArea importForm:reportArea").body();
            Matcher rejected = Pattern.compile("id=\"importForm:rejectedCount\">(\\d+)<").matcher(partial);
            if (rejected.find()) {
                assertThat(rejected.group(1)).isEqualTo("0");
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The municipality import did not finish in time");
    }
}
