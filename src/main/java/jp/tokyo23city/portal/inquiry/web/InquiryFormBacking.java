package jp.tokyo23city.portal.inquiry.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.inquiry.boundary.InquiryException;
import jp.tokyo23city.portal.inquiry.boundary.InquiryFile;
import jp.tokyo23city.portal.inquiry.boundary.InquiryOption;
import jp.tokyo23city.portal.inquiry.boundary.InquiryReceipt;
import jp.tokyo23city.portal.inquiry.boundary.InquiryService;
import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.inquiry.entity.InquiryContent;
import jp.tokyo23city.portal.inquiry.entity.InquirySender;
import jp.tokyo23city.portal.inquiry.entity.SenderKind;
import jp.tokyo23city.portal.member.control.ContactInput;
import jp.tokyo23city.portal.member.control.InvalidContactInputException;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * The inquiry forms: /inquiry/index.xhtml for anyone, /members/inquiry.xhtml for member and ward staff (pre-filled
 * from their account and member, and able to point to an event). Every field is checked on the server and what was
 * typed stays. Spam is kept out without a puzzle: a field people do not see must stay empty, a form sent within
 * seconds of opening is refused, and the service limits inquiries per mail address and per network address.
 */
@Named
@ViewScoped
public class InquiryFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "inquiryForm:";
    private static final int EVENT_CHOICES = 50;

    @Inject
    InquiryService inquiries;

    @Inject
    EventService events;

    private boolean staff;
    private Instant openedAt;
    private List<InquiryOption> types;
    private List<InquiryOption> eventOptions = List.of();

    private Long typeId;
    private Long eventId;
    private String name;
    private String kana;
    private String organisation;
    private String email;
    private String emailConfirmation;
    private String phone;
    private String subject;
    private String message;
    private boolean consent;
    private String website;
    private transient Part file;

    private InquiryReceipt receipt;
    private boolean failed;

    @PostConstruct
    void init() {
        openedAt = Instant.now();
        types = inquiries.types();
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String viewId = context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
        staff = viewId.startsWith("/members/")
                && (external.isUserInRole("MEMBER_STAFF") || external.isUserInRole("WARD_STAFF"));
        if (staff) {
            InquirySender me = inquiries.staffSender();
            name = me.name();
            organisation = me.organisation();
            email = me.email();
            emailConfirmation = me.email();
            eventOptions = events.upcoming(EVENT_CHOICES).stream()
                    .map(e -> new InquiryOption(e.getId(), e.getTitle())).toList();
        }
        String typeParameter = external.getRequestParameterMap().get("type");
        if (typeParameter != null) {
            types.stream().filter(t -> String.valueOf(t.id()).equals(typeParameter)).findFirst()
                    .ifPresent(t -> typeId = t.id());
        }
    }

    public void submit() {
        failed = false;
        if (website != null && !website.isEmpty()) {
            // Only a program fills a field nobody sees; it learns nothing from the answer.
            Messages.error("inquiry.message.notSent");
            return;
        }
        if (Duration.between(openedAt, Instant.now()).getSeconds() < inquiries.minFillSeconds()) {
            Messages.error("inquiry.message.tooFast");
            return;
        }
        if (typeId == null || types.stream().noneMatch(t -> t.id() == typeId)) {
            error("type", "inquiry.message.typeRequired");
        }
        String checkedName = required("name", name, value -> ContactInput.text(value, Inquiry.NAME_MAX),
                "inquiry.message.nameRequired");
        String checkedKana = check("kana", kana, ContactInput::kana);
        if (checkedKana != null && checkedKana.length() > Inquiry.KANA_MAX) {
            error("kana", "inquiry.message.tooLong", Inquiry.KANA_MAX);
        }
        String checkedOrganisation = blank(organisation) ? null
                : check("organisation", organisation, value -> ContactInput.text(value, Inquiry.ORGANISATION_MAX));
        String checkedEmail = check("email", email, ContactInput::email);
        if (checkedEmail != null && !checkedEmail.equalsIgnoreCase(tryEmail(emailConfirmation))) {
            error("emailConfirmation", "inquiry.message.emailMismatch");
        }
        String checkedPhone = blank(phone) ? null : check("phone", phone, ContactInput::phone);
        String checkedSubject = required("subject", subject, value -> ContactInput.text(value, Inquiry.SUBJECT_MAX),
                "inquiry.message.subjectRequired");
        String checkedMessage = required("message", message, value -> ContactInput.text(value, Inquiry.MESSAGE_MAX),
                "inquiry.message.messageRequired");
        if (staff && eventId != null && eventOptions.stream().noneMatch(e -> e.id() == eventId)) {
            error("event", "inquiry.message.eventInvalid");
        }
        InquiryFile attachment = attachment();
        if (!consent) {
            error("consent", "inquiry.message.consentRequired");
        }
        if (failed) {
            Messages.error("inquiry.message.fixErrors");
            return;
        }
        InquirySender sender = new InquirySender(staff ? SenderKind.MEMBER : SenderKind.PUBLIC, checkedName,
                checkedKana, checkedOrganisation, checkedEmail, checkedPhone, null, null, null);
        InquiryContent content = new InquiryContent(typeId, staff ? eventId : null, null, checkedSubject,
                checkedMessage);
        String address = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
        try {
            receipt = staff ? inquiries.submitAsStaff(sender, content, attachment, address)
                    : inquiries.submitPublic(sender, content, attachment, address);
        } catch (InquiryException e) {
            if (e.getMessageKey().startsWith("inquiry.message.attachment")) {
                error("file", e.getMessageKey(), inquiries.attachmentMaxBytes() / (1024 * 1024));
            }
            Messages.error(e.getMessageKey(), inquiries.attachmentMaxBytes() / (1024 * 1024));
        }
    }

    private InquiryFile attachment() {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        long max = inquiries.attachmentMaxBytes();
        if (file.getSize() > max) {
            error("file", "inquiry.message.attachmentTooLarge", max / (1024 * 1024));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new InquiryFile(file.getSubmittedFileName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String required(String field, String value, Function<String, String> normaliser, String key) {
        if (blank(value)) {
            error(field, key);
            return null;
        }
        return check(field, value, normaliser);
    }

    private <T> T check(String field, String value, Function<String, T> normaliser) {
        try {
            return normaliser.apply(value);
        } catch (InvalidContactInputException e) {
            error(field, e.messageKey(), e.arguments());
            return null;
        }
    }

    private String tryEmail(String value) {
        try {
            return ContactInput.email(value);
        } catch (InvalidContactInputException e) {
            return null;
        }
    }

    private void error(String field, String key, Object... arguments) {
        failed = true;
        Messages.errorFor(FORM + field, key, arguments);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isStaff() {
        return staff;
    }

    public long getAttachmentMaxMegabytes() {
        return inquiries.attachmentMaxBytes() / (1024 * 1024);
    }

    public List<InquiryOption> getTypes() {
        return types;
    }

    public List<InquiryOption> getEventOptions() {
        return eventOptions;
    }

    public InquiryReceipt getReceipt() {
        return receipt;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKana() {
        return kana;
    }

    public void setKana(String kana) {
        this.kana = kana;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailConfirmation() {
        return emailConfirmation;
    }

    public void setEmailConfirmation(String emailConfirmation) {
        this.emailConfirmation = emailConfirmation;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
