package jp.tokyo23city.portal.platform.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The language of the UI for this visitor: Japanese first, English on request. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isJapanese() {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    /** Switches between Japanese and English and shows the same page again. */
    public String toggle() {
        locale = isJapanese() ? Locale.ENGLISH : Locale.JAPANESE;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
