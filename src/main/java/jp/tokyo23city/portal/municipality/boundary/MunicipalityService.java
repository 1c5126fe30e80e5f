package jp.tokyo23city.portal.municipality.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.tokyo23city.portal.municipality.control.LgCode;
import jp.tokyo23city.portal.municipality.control.MunicipalityReading;
import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.municipality.entity.Prefecture;

/**
 * Reads the master of municipalities. Open to every caller, signed in or not: the master is public data, and
 * forms such as the membership application look names up in it.
 */
@Stateless
@PermitAll
public class MunicipalityService {

    /** The most rows one call returns, so that a page cannot ask for the whole master at once by mistake. */
    public static final int MAX_PAGE_SIZE = 500;
    public static final int SEARCH_TEXT_MAX = 64;

    /** The LIKE escape of the queries below: a character no name or reading contains. */
    private static final char LIKE_ESCAPE = '!';

    @PersistenceContext
    EntityManager em;

    public Optional<Municipality> findByCode(@NotNull LgCode code) {
        return Optional.ofNullable(em.find(Municipality.class, code.value()));
    }

    /** The 47 prefectures, north to south. */
    public List<Prefecture> prefectures() {
        return em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultList();
    }

    /** The municipalities of one prefecture, by reading. */
    public List<Municipality> listByPrefecture(@NotNull @Pattern(regexp = "\\d{2}") String prefectureCode) {
        return em.createNamedQuery(Municipality.BY_PREFECTURE, Municipality.class)
                .setParameter("prefectureCode", prefectureCode)
                .getResultList();
    }

    /** {@link #search(String, String, MunicipalityOrder, boolean, int, int)} in code order. */
    public List<Municipality> search(@Pattern(regexp = "\\d{2}") String prefectureCode,
                                     @Size(max = SEARCH_TEXT_MAX) String kanaOrNamePrefix,
                                     @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int max) {
        return search(prefectureCode, kanaOrNamePrefix, MunicipalityOrder.CODE, false, first, max);
    }

    /**
     * One page of the municipalities that match.
     *
     * @param prefectureCode   two digits, or {@code null} for all prefectures
     * @param kanaOrNamePrefix the beginning of the name (千代) or of its reading, in hiragana or katakana (ちよ,
     *                         チヨ); for a ward of a designated city also the beginning of the ward's own name
     *                         (中央区 finds 札幌市 中央区). Blank or {@code null} matches all.
     */
    public List<Municipality> search(@Pattern(regexp = "\\d{2}") String prefectureCode,
                                     @Size(max = SEARCH_TEXT_MAX) String kanaOrNamePrefix,
                                     @NotNull MunicipalityOrder order, boolean descending,
                                     @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int max) {
        Criteria criteria = new Criteria(prefectureCode, kanaOrNamePrefix);
        TypedQuery<Municipality> query = em.createQuery("SELECT m FROM Municipality m" + criteria.where()
                + " ORDER BY " + order.orderBy(descending), Municipality.class);
        return criteria.bind(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many municipalities {@link #search} finds with the same criteria. */
    public long count(@Pattern(regexp = "\\d{2}") String prefectureCode,
                      @Size(max = SEARCH_TEXT_MAX) String kanaOrNamePrefix) {
        Criteria criteria = new Criteria(prefectureCode, kanaOrNamePrefix);
        return criteria.bind(em.createQuery("SELECT COUNT(m) FROM Municipality m" + criteria.where(), Long.class))
                .getSingleResult();
    }

    public long countAll() {
        return em.createNamedQuery(Municipality.COUNT_ALL, Long.class).getSingleResult();
    }

    /** The filters of a search, as JPQL with parameters, so that search and count never disagree. */
    private static final class Criteria {

        private final String prefectureCode;
        private final String name;
        private final String kana;

        Criteria(String prefectureCode, String text) {
            this.prefectureCode = prefectureCode == null || prefectureCode.isBlank() ? null : prefectureCode;
            String stripped = text == null ? "" : text.strip();
            this.name = stripped.isEmpty() ? null : escapeLike(stripped);
            String reading = MunicipalityReading.normalize(stripped);
            this.kana = reading == null || reading.isEmpty() ? null : escapeLike(reading);
        }

        String where() {
            StringBuilder where = new StringBuilder();
            if (prefectureCode != null) {
                where.append(" WHERE m.prefecture.code = :prefectureCode");
            }
            if (name != null) {
                where.append(prefectureCode == null ? " WHERE " : " AND ")
                        // The second and fourth terms find a ward of a designated city by its own name:
                        // the lists write those as "札幌市 中央区" / "さっぽろし ちゅうおうく".
                        .append("(m.name LIKE :prefix ESCAPE '!' OR m.name LIKE :wardPrefix ESCAPE '!'"
                                + " OR m.kana LIKE :kanaPrefix ESCAPE '!' OR m.kana LIKE :kanaWardPrefix ESCAPE '!')");
            }
            return where.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (prefectureCode != null) {
                query.setParameter("prefectureCode", prefectureCode);
            }
            if (name != null) {
                query.setParameter("prefix", name + "%")
                        .setParameter("wardPrefix", "% " + name + "%")
                        .setParameter("kanaPrefix", kana + "%")
                        .setParameter("kanaWardPrefix", "% " + kana + "%");
            }
            return query;
        }

        private static String escapeLike(String text) {
            StringBuilder escaped = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                    escaped.append(LIKE_ESCAPE);
                }
                escaped.append(c);
            }
            return escaped.toString();
        }
    }
}
