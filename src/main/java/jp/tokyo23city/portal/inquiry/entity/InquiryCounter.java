package jp.tokyo23city.portal.inquiry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last reference number given in a year; read with a write lock so that two instances never give the same. */
@Entity
@Table(name = "inquiry_counter")
public class InquiryCounter {

    @Id
    @Column(name = "year_number")
    private Integer year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected InquiryCounter() {
    }

    public InquiryCounter(int year) {
        this.year = year;
    }

    /** The next reference number of the year: INQ-2026-000123. */
    public String next() {
        lastValue++;
        return "INQ-%d-%06d".formatted(year, lastValue);
    }
}
