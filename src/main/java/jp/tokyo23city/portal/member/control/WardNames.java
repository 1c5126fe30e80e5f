package jp.tokyo23city.portal.member.control;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.platform.ExpiringValue;

/**
 * The names of the special wards that are members, by member id, in code order (千代田区 → 江戸川区): every page of the
 * board offers them, and they practically never change, so they are read at most once every {@link #LIFE}.
 */
@ApplicationScoped
public class WardNames {

    static final Duration LIFE = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    private final ExpiringValue<Map<Long, String>> names = new ExpiringValue<>(LIFE);

    /** Unmodifiable. */
    public Map<Long, String> get() {
        return names.get(() -> {
            Map<Long, String> read = new LinkedHashMap<>();
            em.createNamedQuery(Member.WARD_NAMES, Object[].class)
                    .setParameter("ward", MemberKind.WARD).setParameter("active", MemberStatus.ACTIVE)
                    .getResultList().forEach(row -> read.put((Long) row[0], (String) row[1]));
            return Collections.unmodifiableMap(read);
        });
    }
}
