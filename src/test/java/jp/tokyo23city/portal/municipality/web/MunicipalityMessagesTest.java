package jp.tokyo23city.portal.municipality.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.municipality.control.CsvLayout;
import jp.tokyo23city.portal.municipality.control.CsvProblem;

/**
 * Every text the municipality pages and checks show exists in Japanese and in English, and the Japanese of each CSV
 * problem is the wording of {@link CsvProblem}. Skipped while the feature's keys are not yet in the bundle.
 */
class MunicipalityMessagesTest {

    private static final String BUNDLE = "jp/tokyo23city/portal/i18n/messages";
    private static final Path VIEWS = Path.of("src/main/webapp/admin/municipalities");
    private static final Path SOURCES = Path.of("src/main/java/jp/tokyo23city/portal/municipality");

    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([\\w.]+)'");
    /** Keys have three parts at least; "municipality.csvFile" is the id of a validator. */
    private static final Pattern LITERAL_KEY =
            Pattern.compile("\"((?:admin\\.municipalities|municipality)\\.\\w+\\.[\\w.]+)\"");
    private static final Pattern PAGE_CONSTANT = Pattern.compile("PAGE = \"([\\w.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("PAGE \\+ \"([\\w.]+)\"");

    @Test
    void everyKeyIsInJapaneseAndEnglish() {
        Properties japanese = bundle("_ja");
        Properties english = bundle("_en");
        assumeTrue(japanese.containsKey("admin.municipalities.index.title"), "municipality keys not merged yet");

        Set<String> used = usedKeys();

        assertThat(used).hasSizeGreaterThan(CsvProblem.values().length);
        assertThat(used).as("missing in Japanese").filteredOn(key -> !japanese.containsKey(key)).isEmpty();
        assertThat(used).as("missing in English").filteredOn(key -> !english.containsKey(key)).isEmpty();
    }

    @Test
    void theJapaneseOfCsvProblemsIsTheirWordingOfRecord() {
        Properties japanese = bundle("_ja");
        assumeTrue(japanese.containsKey("admin.municipalities.index.title"), "municipality keys not merged yet");

        for (CsvProblem problem : CsvProblem.values()) {
            assertThat(japanese.getProperty(problem.messageKey())).as(problem.name())
                    .isEqualTo(problem.japanesePattern());
        }
    }

    private static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Path view : files(VIEWS, ".xhtml")) {
            Matcher matcher = VIEW_KEY.matcher(read(view));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (key.endsWith(".")) {
                    // Built with concat() from an enum: the layout of the report.
                    for (CsvLayout layout : CsvLayout.values()) {
                        keys.add(key + layout.name());
                    }
                } else {
                    keys.add(key);
                }
            }
        }
        for (Path source : files(SOURCES, ".java")) {
            String text = read(source);
            Matcher literals = LITERAL_KEY.matcher(text);
            while (literals.find()) {
                keys.add(literals.group(1));
            }
            Matcher page = PAGE_CONSTANT.matcher(text);
            if (page.find()) {
                keys.remove(page.group(1));
                Matcher pageKeys = PAGE_KEY.matcher(text);
                while (pageKeys.find()) {
                    keys.add(page.group(1) + pageKeys.group(1));
                }
            }
        }
        for (CsvProblem problem : CsvProblem.values()) {
            keys.add(problem.messageKey());
        }
        // A prefix, not a key: the problem keys are added above.
        keys.remove("municipality.csv.problem.");
        return keys;
    }

    private static Properties bundle(String suffix) {
        Properties properties = new Properties();
        try (InputStream in = MunicipalityMessagesTest.class.getClassLoader()
                .getResourceAsStream(BUNDLE + suffix + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<Path> files(Path directory, String extension) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> path.toString().endsWith(extension)).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
