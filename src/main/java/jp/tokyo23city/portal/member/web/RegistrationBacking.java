package jp.tokyo23city.portal.member.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jp.tokyo23city.portal.member.boundary.MemberUpkeepChange;
import jp.tokyo23city.portal.member.boundary.MemberUpkeepContact;
import jp.tokyo23city.portal.member.boundary.MemberUpkeepRegistration;
import jp.tokyo23city.portal.member.boundary.MemberUpkeepService;
import jp.tokyo23city.portal.member.boundary.MembershipException;
import jp.tokyo23city.portal.member.control.MemberUpkeepContactForm;
import jp.tokyo23city.portal.member.control.MemberUpkeepInputException;
import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.platform.web.LocaleBacking;
import jp.tokyo23city.portal.platform.web.Messages;
import jp.tokyo23city.portal.security.Roles;

/**
 * /members/registration.xhtml: a member's staff see and change their registration (contact details and contact
 * persons), confirm it for the 年度, and read its history. Admins and ward staff may open another member with
 * {@code ?member=<id>}; for anyone else the parameter is ignored and the service decides anyway.
 */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "members.registration";

    @Inject
    MemberUpkeepService upkeep;

    @Inject
    LocaleBacking locale;

    private String memberParam;
    private Long memberId;
    private MemberUpkeepRegistration registration;

    // The contact details as typed; kept as typed when something is wrong.
    private String department;
    private String postalCode;
    private String address;
    private String phone;
    private String email;
    private String webSite;

    // The contact person being added (contactId null) or changed; null when no contact form is open.
    private boolean contactFormOpen;
    private Long contactId;
    private long contactVersion;
    private String familyName;
    private String givenName;
    private String familyKana;
    private String givenKana;
    private String position;
    private String contactEmail;
    private String contactPhone;
    private boolean contactMain;

    // The contact whose removal waits for confirmation.
    private MemberUpkeepContact removing;

    private final History history = new History();

    /** Reads the member on the first request of the view. */
    public void load() throws IOException {
        if (registration != null) {
            return;
        }
        // The view's locale is set by the layout only when it renders; messages added here need it already.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale.getLocale());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean mayChoose = external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.WARD_STAFF);
        if (mayChoose && memberParam != null && !memberParam.isBlank()) {
            try {
                memberId = Long.valueOf(memberParam.strip());
            } catch (NumberFormatException e) {
                notFound(external);
                return;
            }
        }
        try {
            reload();
        } catch (EJBAccessException e) {
            external.responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        } catch (MembershipException e) {
            if ("members.registration.message.notFound".equals(e.messageKey())) {
                notFound(external);
                return;
            }
            Messages.error(e.messageKey());
            return;
        }
        resetDetails();
    }

    private static void notFound(ExternalContext external) throws IOException {
        external.responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void reload() {
        registration = upkeep.registration(memberId);
        memberId = registration.memberId();
    }

    private void resetDetails() {
        MemberDetails details = registration.details();
        department = details.department();
        postalCode = details.postalCode();
        address = details.address();
        phone = details.phone();
        email = details.email();
        webSite = details.webSite();
    }

    public String saveDetails() {
        try {
            int changed = upkeep.updateDetails(memberId,
                    new MemberDetails(department, postalCode, address, phone, email, webSite), registration.version());
            reload();
            resetDetails();
            Messages.info(changed == 0 ? PAGE + ".message.unchanged" : PAGE + ".message.detailsSaved");
        } catch (MemberUpkeepInputException e) {
            showProblems("detailsForm", e);
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        }
        return null;
    }

    public String confirm() {
        try {
            upkeep.confirm(memberId);
            reload();
            Messages.info(PAGE + ".message.confirmed");
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        }
        return null;
    }

    public void newContact() {
        openContactForm(null);
    }

    public void editContact(MemberUpkeepContact contact) {
        openContactForm(contact);
    }

    private void openContactForm(MemberUpkeepContact contact) {
        removing = null;
        contactFormOpen = true;
        contactId = contact == null ? null : contact.id();
        contactVersion = contact == null ? 0 : contact.version();
        familyName = contact == null ? null : contact.familyName();
        givenName = contact == null ? null : contact.givenName();
        familyKana = contact == null ? null : contact.familyKana();
        givenKana = contact == null ? null : contact.givenKana();
        position = contact == null ? null : contact.position();
        contactEmail = contact == null ? null : contact.email();
        contactPhone = contact == null ? null : contact.phone();
        contactMain = contact != null && contact.main();
    }

    public String saveContact() {
        try {
            upkeep.saveContact(memberId, contactId, new MemberUpkeepContactForm(familyName, givenName, familyKana,
                    givenKana, position, contactEmail, contactPhone, contactMain), contactVersion);
            Messages.info(contactId == null ? PAGE + ".message.contactAdded" : PAGE + ".message.contactSaved");
            contactFormOpen = false;
            reload();
        } catch (MemberUpkeepInputException e) {
            showProblems("contactForm", e);
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        }
        return null;
    }

    public void cancelContact() {
        contactFormOpen = false;
    }

    public void askRemove(MemberUpkeepContact contact) {
        contactFormOpen = false;
        removing = contact;
    }

    public void cancelRemove() {
        removing = null;
    }

    public String remove() {
        try {
            upkeep.removeContact(memberId, removing.id(), removing.version());
            Messages.info(PAGE + ".message.contactRemoved", removing.getFullName());
            reload();
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        }
        removing = null;
        return null;
    }

    /**
     * Puts each field's reason next to it and marks the field invalid (aria-invalid, red border and the text), with
     * one summary at the top saying how many fields to correct.
     */
    static void showProblems(String form, MemberUpkeepInputException e) {
        Messages.error(PAGE + ".message.invalid", e.problems().size());
        UIViewRoot root = FacesContext.getCurrentInstance().getViewRoot();
        for (Map.Entry<String, MemberUpkeepInputException.Problem> problem : e.problems().entrySet()) {
            String clientId = form + ":" + problem.getKey();
            Messages.errorFor(clientId, problem.getValue().messageKey(), problem.getValue().arguments());
            if (root.findComponent(clientId) instanceof UIInput input) {
                // An invalid input renders its submitted value, which Faces has cleared by now: give it back what was
                // typed (kept in this bean), or the field would come back empty.
                Object typed = input.getValue();
                input.setValid(false);
                input.setSubmittedValue(typed == null ? "" : typed.toString());
            }
        }
    }

    /** The field's name in the history, from the bundle. */
    public String fieldName(String field) {
        return Messages.text(PAGE + ".field." + field);
    }

    public MemberUpkeepRegistration getRegistration() {
        return registration;
    }

    public LazyDataModel<MemberUpkeepChange> getHistory() {
        return history;
    }

    public boolean isOtherMember() {
        return memberParam != null && !memberParam.isBlank();
    }

    public MemberUpkeepContact getRemoving() {
        return removing;
    }

    public boolean isContactFormOpen() {
        return contactFormOpen;
    }

    public boolean isNewContact() {
        return contactId == null;
    }

    public List<MemberUpkeepContact> getContacts() {
        return registration == null ? List.of() : registration.contacts();
    }

    public String getMemberParam() {
        return memberParam;
    }

    public void setMemberParam(String memberParam) {
        this.memberParam = memberParam;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebSite() {
        return webSite;
    }

    public void setWebSite(String webSite) {
        this.webSite = webSite;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyKana() {
        return familyKana;
    }

    public void setFamilyKana(String familyKana) {
        this.familyKana = familyKana;
    }

    public String getGivenKana() {
        return givenKana;
    }

    public void setGivenKana(String givenKana) {
        this.givenKana = givenKana;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isContactMain() {
        return contactMain;
    }

    public void setContactMain(boolean contactMain) {
        this.contactMain = contactMain;
    }

    /** The history, a page at a time from the database, newest first. */
    private final class History extends LazyDataModel<MemberUpkeepChange> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return memberId == null || !registration.changeable() ? 0 : (int) upkeep.countHistory(memberId);
        }

        @Override
        public List<MemberUpkeepChange> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            return memberId == null || !registration.changeable() ? List.of()
                    : upkeep.history(memberId, first, Math.min(Math.max(pageSize, 1), MemberUpkeepService.HISTORY_PAGE_MAX));
        }

        @Override
        public String getRowKey(MemberUpkeepChange change) {
            return String.valueOf(change.getId());
        }

        @Override
        public MemberUpkeepChange getRowData(String rowKey) {
            return null;
        }
    }
}
