package jp.tokyo23city.portal.inquiry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.inquiry.boundary.InquiryForSender;
import jp.tokyo23city.portal.inquiry.boundary.InquiryNotFoundException;
import jp.tokyo23city.portal.inquiry.boundary.InquiryService;

/**
 * /inquiry/status.xhtml?key=… (the link of the confirmation mail) and /members/inquiry-view.xhtml?ref=… (a member's
 * own inquiry): the status and the messages exchanged, never the desk's internal notes.
 */
@Named
@RequestScoped
public class InquiryStatusBacking {

    @Inject
    InquiryService inquiries;

    private String key;
    private String ref;
    private InquiryForSender inquiry;

    public void loadByKey() {
        inquiry = inquiries.bySecret(key).orElse(null);
    }

    public void loadByReference() {
        try {
            inquiry = ref == null ? null : inquiries.mineByReference(ref);
        } catch (InquiryNotFoundException e) {
            inquiry = null;
        }
    }

    public InquiryForSender getInquiry() {
        return inquiry;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
