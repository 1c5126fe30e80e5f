package jp.tokyo23city.portal.municipality.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import jp.tokyo23city.portal.municipality.control.InvalidLgCodeException;
import jp.tokyo23city.portal.municipality.control.LgCode;
import jp.tokyo23city.portal.municipality.control.LgCodeCheckDigitException;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * Every input bound to an {@link LgCode}: accepts five digits (completed with the check digit) or six (checked),
 * full-width or with hyphens, and refuses a wrong check digit naming the digit it should have been.
 */
@FacesConverter(forClass = LgCode.class)
public class LgCodeConverter implements Converter<LgCode> {

    static final String FORMAT_KEY = "municipality.lgCode.message.format";
    static final String CHECK_DIGIT_KEY = "municipality.lgCode.message.checkDigit";

    @Override
    public LgCode getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LgCode.parse(value);
        } catch (InvalidLgCodeException e) {
            String text = message(e, value.strip());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LgCode value) {
        return value == null ? "" : value.value();
    }

    /**
     * The message for the person who typed the code, in the page's language; the Japanese of the exception if the
     * bundle lacks the key.
     */
    static String message(InvalidLgCodeException e, String typed) {
        String key;
        String text;
        if (e instanceof LgCodeCheckDigitException wrongDigit) {
            key = CHECK_DIGIT_KEY;
            text = Messages.text(key, wrongDigit.input(), String.valueOf(wrongDigit.expectedDigit()));
        } else {
            key = FORMAT_KEY;
            text = Messages.text(key, typed);
        }
        return key.equals(text) ? e.getMessage() : text;
    }
}
