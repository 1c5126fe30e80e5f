package jp.tokyo23city.portal.municipality.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.municipality.control.CsvLayout;
import jp.tokyo23city.portal.municipality.control.MunicipalityCsv;
import jp.tokyo23city.portal.municipality.control.MunicipalityCsvException;
import jp.tokyo23city.portal.municipality.control.MunicipalityCsvReader;
import jp.tokyo23city.portal.municipality.control.MunicipalityRow;
import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.security.Roles;

/**
 * Brings the master of municipalities up to date from a public list: adds what is new, changes what differs, and
 * leaves alone what is already right, so importing the same list twice changes nothing. Nothing is deleted: members
 * refer to municipalities, and a merged municipality stays in their history. The 総務省 list has no web sites or
 * positions: importing it after localgovjp updates names and readings and keeps those.
 * <p>
 * Rows are written in chunks of {@value #CHUNK_SIZE}, each in a transaction of its own: a list of 1,900 rows does not
 * hold one long transaction, and progress can be shown as chunks commit.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MunicipalityImport {

    public static final int CHUNK_SIZE = 200;
    public static final String AUDIT_ACTION = "MUNICIPALITY_IMPORT";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditLog auditLog;

    /**
     * Reads and imports a list, reporting progress as it goes.
     *
     * @throws MunicipalityCsvException    if the file cannot be read as a list at all; nothing is written
     * @throws MunicipalityImportException if writing stopped part-way; the chunks before stay written
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importCsv(@NotNull byte[] content, @NotNull ImportProgress progress)
            throws MunicipalityCsvException {
        String actor = context.getCallerPrincipal().getName();
        progress.reading();
        MunicipalityCsv csv;
        try {
            csv = new MunicipalityCsvReader(prefectureNames()).read(content);
        } catch (MunicipalityCsvException e) {
            progress.failed();
            auditLog.record(actor, AUDIT_ACTION, "refused: " + e.problem() + " " + e.arguments());
            throw e;
        }

        List<MunicipalityRow> rows = csv.rows();
        progress.writing(rows.size());
        // Through the container, not "this", so that each chunk gets its own transaction.
        MunicipalityImport self = context.getBusinessObject(MunicipalityImport.class);
        ImportTally tally = ImportTally.NONE;
        for (int from = 0; from < rows.size(); from += CHUNK_SIZE) {
            List<MunicipalityRow> chunk = List.copyOf(rows.subList(from, Math.min(rows.size(), from + CHUNK_SIZE)));
            try {
                tally = tally.plus(self.upsert(chunk, csv.layout()));
            } catch (RuntimeException e) {
                progress.failed();
                auditLog.record(actor, AUDIT_ACTION, "stopped after " + tally.written() + " of " + rows.size()
                        + " rows: added=" + tally.added() + " updated=" + tally.updated() + " cause=" + e);
                throw new MunicipalityImportException(tally.written(), e);
            }
            progress.wrote(chunk.size());
        }

        ImportReport report = new ImportReport(csv.layout(), csv.charset(), tally.added(), tally.updated(),
                tally.unchanged(), csv.rejections(), csv.prefectureRows());
        auditLog.record(actor, AUDIT_ACTION, report.summary());
        progress.finished();
        return report;
    }

    /**
     * Writes one chunk in a transaction of its own. Public only so that the container can start that transaction.
     *
     * @param layout the list the rows come from: a list without web sites and positions leaves those as they are
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportTally upsert(@NotNull List<MunicipalityRow> chunk, @NotNull CsvLayout layout) {
        Instant now = Instant.now(Clock.systemUTC());
        List<String> codes = chunk.stream().map(row -> row.code().value()).toList();
        Map<String, Municipality> existing = em.createNamedQuery(Municipality.BY_CODES, Municipality.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(Municipality::getLgCode, Function.identity()));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (MunicipalityRow row : chunk) {
            Municipality municipality = existing.get(row.code().value());
            if (municipality == null) {
                em.persist(new Municipality(row.code().value(), prefecture(row.code().prefectureCode()),
                        row.details(), now));
                added++;
            } else if (municipality.updateFrom(layout.hasWebSitesAndPositions()
                    ? row.details()
                    : row.details().keepingWebSiteAndPositionOf(municipality.details()), now)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new ImportTally(added, updated, unchanged);
    }

    private Prefecture prefecture(String code) {
        Prefecture prefecture = em.find(Prefecture.class, code);
        if (prefecture == null) {
            // The reader has checked every code against the same table; this is a bug, not bad input.
            throw new IllegalStateException("no prefecture " + code);
        }
        return prefecture;
    }

    private Map<String, String> prefectureNames() {
        return em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultStream()
                .collect(Collectors.toMap(Prefecture::getCode, Prefecture::getName));
    }
}
