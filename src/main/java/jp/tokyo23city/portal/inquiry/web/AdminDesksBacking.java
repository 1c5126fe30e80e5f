package jp.tokyo23city.portal.inquiry.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.inquiry.boundary.DeskAdminService;
import jp.tokyo23city.portal.inquiry.boundary.DeskForm;
import jp.tokyo23city.portal.inquiry.boundary.InquiryException;
import jp.tokyo23city.portal.inquiry.boundary.InquiryOption;
import jp.tokyo23city.portal.inquiry.entity.Desk;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/desks/index.xhtml (the desks) and /admin/desks/edit.xhtml?id=… (one desk, or a new one): name, topic,
 * shared address, phone, hours, deadline in business days, whether it is listed publicly, and its contacts.
 */
@Named
@ViewScoped
public class AdminDesksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskAdminService admin;

    private transient List<Desk> desks;
    private List<InquiryOption> candidates;

    private Long id;
    private boolean loaded;
    private String name;
    private String topic;
    private String email;
    private String phone;
    private String businessHours;
    private int responseDays = Desk.DEFAULT_RESPONSE_DAYS;
    private boolean shownPublicly = true;
    private int sortOrder = 10;
    private boolean active = true;
    private boolean defaultDesk;
    private List<String> contactIds = new ArrayList<>();

    public void loadDesk() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        admin.findDesk(id).ifPresentOrElse(desk -> {
            name = desk.getName();
            topic = desk.getTopic();
            email = desk.getEmail();
            phone = desk.getPhone();
            businessHours = desk.getBusinessHours();
            responseDays = desk.getResponseDays();
            shownPublicly = desk.isShownPublicly();
            sortOrder = desk.getSortOrder();
            active = desk.isActive();
            defaultDesk = desk.isDefaultDesk();
            contactIds = new ArrayList<>(desk.getContactIds().stream().map(String::valueOf).toList());
        }, () -> {
            id = null;
            Messages.error("admin.desks.message.notFound");
        });
    }

    public String save() {
        try {
            HashSet<Long> contacts = new HashSet<>();
            for (String contact : contactIds) {
                contacts.add(Long.valueOf(contact));
            }
            Desk saved = admin.saveDesk(id, new DeskForm(name, topic, email, phone, businessHours, responseDays,
                    shownPublicly, sortOrder, active, defaultDesk, contacts));
            Messages.info("admin.desks.message.saved", saved.getName());
            Messages.keepAfterRedirect();
            return "/admin/desks/index?faces-redirect=true";
        } catch (InquiryException e) {
            Messages.error(e.getMessageKey());
            return null;
        } catch (NumberFormatException e) {
            Messages.error("admin.desks.message.contactInvalid");
            return null;
        }
    }

    public List<Desk> getDesks() {
        if (desks == null) {
            desks = admin.desks();
        }
        return desks;
    }

    public List<InquiryOption> getCandidates() {
        if (candidates == null) {
            candidates = admin.contactCandidates();
        }
        return candidates;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBusinessHours() {
        return businessHours;
    }

    public void setBusinessHours(String businessHours) {
        this.businessHours = businessHours;
    }

    public int getResponseDays() {
        return responseDays;
    }

    public void setResponseDays(int responseDays) {
        this.responseDays = responseDays;
    }

    public boolean isShownPublicly() {
        return shownPublicly;
    }

    public void setShownPublicly(boolean shownPublicly) {
        this.shownPublicly = shownPublicly;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isDefaultDesk() {
        return defaultDesk;
    }

    public void setDefaultDesk(boolean defaultDesk) {
        this.defaultDesk = defaultDesk;
    }

    public List<String> getContactIds() {
        return contactIds;
    }

    public void setContactIds(List<String> contactIds) {
        this.contactIds = contactIds;
    }
}
