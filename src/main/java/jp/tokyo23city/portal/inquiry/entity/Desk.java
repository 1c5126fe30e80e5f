package jp.tokyo23city.portal.inquiry.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A desk (窓口): a section that answers inquiries, with a shared mail address, a phone, business hours and the staff
 * accounts (its contacts) who handle its queue.
 */
@Entity
@Table(name = "desk")
public class Desk {

    public static final int NAME_MAX = 200;
    public static final int TOPIC_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 20;
    public static final int HOURS_MAX = 200;
    public static final int DEFAULT_RESPONSE_DAYS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX, unique = true)
    private String name;

    /** What the desk answers, as the footer and the contact page say it: 「…に関するお問い合わせ」. */
    @Column(nullable = false, length = TOPIC_MAX)
    private String topic;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(name = "business_hours", length = HOURS_MAX)
    private String businessHours;

    /** Business days within which a new inquiry should get its first answer, unless its type says otherwise. */
    @Column(name = "response_days", nullable = false)
    private int responseDays;

    /** Listed in the footer and on the contact page; an event office for one event usually is not. */
    @Column(name = "shown_publicly", nullable = false)
    private boolean shownPublicly;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    /** Takes every inquiry that no routing rule names a desk for; exactly one desk is the default. */
    @Column(name = "default_desk", nullable = false)
    private boolean defaultDesk;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "desk_contact", joinColumns = @JoinColumn(name = "desk_id"))
    @Column(name = "account_id")
    private Set<Long> contactIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Desk() {
    }

    public Desk(String name, String topic, int sortOrder) {
        this.name = name;
        this.topic = topic;
        this.sortOrder = sortOrder;
        this.responseDays = DEFAULT_RESPONSE_DAYS;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public void describe(String newName, String newTopic, String newEmail, String newPhone, String newHours) {
        this.name = newName;
        this.topic = newTopic;
        this.email = newEmail;
        this.phone = newPhone;
        this.businessHours = newHours;
    }

    public void configure(int days, boolean publicly, int order, boolean isActive) {
        if (days < 1 || days > 60) {
            throw new IllegalArgumentException("Response days must be 1 to 60: " + days);
        }
        this.responseDays = days;
        this.shownPublicly = publicly;
        this.sortOrder = order;
        this.active = isActive;
    }

    public void makeDefault(boolean isDefault) {
        this.defaultDesk = isDefault;
    }

    public boolean isDefaultDesk() {
        return defaultDesk;
    }

    public void addContact(long accountId) {
        contactIds.add(accountId);
    }

    public void replaceContacts(Set<Long> accountIds) {
        contactIds.clear();
        contactIds.addAll(accountIds);
    }

    public boolean hasContact(long accountId) {
        return contactIds.contains(accountId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTopic() {
        return topic;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getBusinessHours() {
        return businessHours;
    }

    public int getResponseDays() {
        return responseDays;
    }

    public boolean isShownPublicly() {
        return shownPublicly;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getContactIds() {
        return Collections.unmodifiableSet(contactIds);
    }
}
