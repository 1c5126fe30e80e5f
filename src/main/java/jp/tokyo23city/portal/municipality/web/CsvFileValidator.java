package jp.tokyo23city.portal.municipality.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.municipality.control.MunicipalityCsvException;
import jp.tokyo23city.portal.municipality.control.MunicipalityCsvReader;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * Lets through only what can be a municipality list: a file named .csv or .txt, of at most
 * {@value #MAX_BYTES} bytes, whose content is text in UTF-8 or Shift_JIS. The declared content type is checked
 * too, but loosely: browsers on Windows with Excel installed send {@code application/vnd.ms-excel} for .csv.
 */
@FacesValidator("municipality.csvFile")
public class CsvFileValidator implements Validator<Part> {

    /** 5 MB: the localgovjp list is 0.4 MB, the 総務省 list as CSV about 0.1 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt");
    private static final Set<String> CONTENT_TYPES = Set.of("text/csv", "text/plain", "text/comma-separated-values",
            "application/csv", "application/vnd.ms-excel", "application/octet-stream");

    @Override
    public void validate(FacesContext context, UIComponent component, Part file) {
        if (file == null) {
            return;
        }
        if (file.getSize() == 0) {
            throw invalid("municipality.csvFile.message.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw invalid("municipality.csvFile.message.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (!hasAllowedExtension(file.getSubmittedFileName()) || !hasAllowedContentType(file.getContentType())) {
            throw invalid("municipality.csvFile.message.notCsv");
        }
        try (InputStream in = file.getInputStream()) {
            MunicipalityCsvReader.detectCharset(in.readNBytes(MAX_BYTES));
        } catch (MunicipalityCsvException e) {
            String text = Messages.text(e.problem().messageKey(), e.arguments().toArray());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        } catch (IOException e) {
            throw invalid("municipality.csvFile.message.unreadable");
        }
    }

    static boolean hasAllowedExtension(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean hasAllowedContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.contains(type);
    }

    private static ValidatorException invalid(String key, Object... arguments) {
        String text = Messages.text(key, arguments);
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
