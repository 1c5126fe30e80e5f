package jp.tokyo23city.portal.inquiry.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.inquiry.control.InquiryMails;
import jp.tokyo23city.portal.inquiry.entity.Desk;
import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;

/**
 * Reminds desks of unanswered inquiries past their deadline: at most once a day per inquiry, one mail per desk
 * listing them. Every instance of a cluster may run it: an inquiry is taken for a day's reminder by one conditional
 * update, which only one instance wins.
 */
@Stateless
@PermitAll
public class InquiryReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    InquiryService inquiries;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * Reminds the desks of every overdue inquiry not yet reminded today; returns how many were included. The
     * scheduled job calls it on business days only; an admin may at any time.
     */
    public int remindOverdue(LocalDate today) {
        List<Long> due = em.createQuery("SELECT i.id FROM Inquiry i WHERE i.answeredAt IS NULL "
                        + "AND i.status IN :open AND i.dueOn < :today "
                        + "AND (i.remindedOn IS NULL OR i.remindedOn < :today) ORDER BY i.dueOn, i.id", Long.class)
                .setParameter("open", List.of(InquiryStatus.NEW, InquiryStatus.IN_PROGRESS, InquiryStatus.ON_HOLD))
                .setParameter("today", today).setMaxResults(500).getResultList();
        Map<Desk, List<Inquiry>> byDesk = new LinkedHashMap<>();
        for (Long id : due) {
            int won = em.createNativeQuery("UPDATE inquiry SET reminded_on = ? WHERE id = ? "
                            + "AND (reminded_on IS NULL OR reminded_on < ?)")
                    .setParameter(1, java.sql.Date.valueOf(today)).setParameter(2, id)
                    .setParameter(3, java.sql.Date.valueOf(today)).executeUpdate();
            if (won == 1) {
                Inquiry inquiry = em.find(Inquiry.class, id);
                em.refresh(inquiry);
                inquiry.reminded(today, Instant.now());
                byDesk.computeIfAbsent(inquiry.getDesk(), desk -> new ArrayList<>()).add(inquiry);
            }
        }
        byDesk.forEach((desk, overdue) -> inquiries.notifyDesk(desk, InquiryMails.reminderSubject(desk, overdue.size()),
                InquiryMails.reminder(desk, overdue, today, baseUrl + "/desk/index.xhtml?overdue=true")));
        return byDesk.values().stream().mapToInt(List::size).sum();
    }
}
