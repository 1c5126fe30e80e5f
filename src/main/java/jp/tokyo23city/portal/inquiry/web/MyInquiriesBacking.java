package jp.tokyo23city.portal.inquiry.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.inquiry.boundary.InquiryService;
import jp.tokyo23city.portal.inquiry.boundary.InquirySummary;

/** /members/inquiries.xhtml: the signed-in staff member's own inquiries, newest first. */
@Named
@RequestScoped
public class MyInquiriesBacking {

    private static final int MAX = 100;

    @Inject
    InquiryService inquiries;

    private List<InquirySummary> rows;

    public List<InquirySummary> getRows() {
        if (rows == null) {
            rows = inquiries.mine(MAX);
        }
        return rows;
    }
}
