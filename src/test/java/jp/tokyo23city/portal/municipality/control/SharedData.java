package jp.tokyo23city.portal.municipality.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The public reference data of ../shared/data, read where surefire says it is. */
final class SharedData {

    private SharedData() {
    }

    static Path directory() {
        return Path.of(System.getProperty("portal.shared.data", "../shared/data"));
    }

    static byte[] localGovJp() {
        return bytes("localgovjp-utf8.csv");
    }

    /**
     * The 47 prefectures by two-digit code, from prefjp-utf8.csv (whose pid is the JIS code without its leading
     * zero), as the import reads them from the prefecture table.
     */
    static Map<String, String> prefectureNames() {
        List<String> lines = new String(bytes("prefjp-utf8.csv"), StandardCharsets.UTF_8).lines().toList();
        Map<String, String> names = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split(",", -1);
            names.put(String.format("%02d", Integer.parseInt(columns[0])), columns[1]);
        }
        return names;
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(directory().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
