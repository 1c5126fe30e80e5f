package jp.tokyo23city.portal.board.web;

import java.io.Serializable;

import jp.tokyo23city.portal.board.entity.BoardTypeField;

/** A structured field of the post form, kept in the view (the entity is not serialisable). */
public record FormField(String key, String label, String labelEn, String kind, boolean required)
        implements Serializable {

    static FormField of(BoardTypeField field) {
        return new FormField(field.getKey(), field.getLabel(), field.getLabelEn(), field.getKind().name(),
                field.isRequired());
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }
}
