package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;

/** One choice of a select list: an inquiry type, a desk, an event. */
public record InquiryOption(long id, String label) implements Serializable {

    public long getId() {
        return id;
    }

    /** The id as text, for select lists whose values are strings. */
    public String getKey() {
        return String.valueOf(id);
    }

    public String getLabel() {
        return label;
    }
}
