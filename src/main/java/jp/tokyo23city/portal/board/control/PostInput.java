package jp.tokyo23city.portal.board.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.entity.Activity;
import jp.tokyo23city.portal.board.entity.BoardThread;
import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.board.entity.BoardTypeField;
import jp.tokyo23city.portal.board.entity.PostContent;

/**
 * Checks what an author typed against the post type's fields and makes the post's content of it. A form sends one
 * value per field key; a PERIOD as {@code key.from} and {@code key.to} (yyyy-MM-dd); the WARDS field as the chosen
 * ward ids or "all wards". Every refusal names the field.
 */
public final class PostInput {

    private PostInput() {
    }

    public static PostContent check(BoardType type, String title, String body, Map<String, String> typed,
                                    boolean allWards, Set<Long> wardIds, Set<Long> knownWards) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (cleanTitle.isEmpty()) {
            throw new BoardException("board.message.titleRequired");
        }
        if (cleanTitle.length() > BoardThread.TITLE_MAX) {
            throw new BoardException("board.message.titleTooLong", BoardThread.TITLE_MAX);
        }
        if (cleanBody.isEmpty()) {
            throw new BoardException("board.message.bodyRequired");
        }
        if (cleanBody.length() > BoardThread.BODY_MAX) {
            throw new BoardException("board.message.bodyTooLong", BoardThread.BODY_MAX);
        }
        Map<String, String> values = new HashMap<>();
        Activity activity = null;
        LocalDate periodStart = null;
        LocalDate periodEnd = null;
        boolean all = false;
        Set<Long> wards = Set.of();
        for (BoardTypeField field : type.getFields()) {
            String key = field.getKey();
            String value = typed.getOrDefault(key, "");
            value = value == null ? "" : value.strip();
            switch (field.getKind()) {
                case PERIOD -> {
                    LocalDate from = date(field, typed.get(key + ".from"));
                    LocalDate to = date(field, typed.get(key + ".to"));
                    if (from == null && to == null) {
                        required(field, "");
                        continue;
                    }
                    if (from != null && to != null && to.isBefore(from)) {
                        throw new BoardException("board.message.periodOrder", field.getLabel());
                    }
                    values.put(key, (from == null ? "" : from.toString()) + "/" + (to == null ? "" : to.toString()));
                    if (periodEnd == null) {
                        periodStart = from;
                        periodEnd = to;
                    }
                }
                case WARDS -> {
                    Set<Long> chosen = wardIds == null ? Set.of() : Set.copyOf(wardIds);
                    if (!allWards && chosen.isEmpty()) {
                        required(field, "");
                        continue;
                    }
                    if (!knownWards.containsAll(chosen)) {
                        throw new BoardException("board.message.invalidValue", field.getLabel());
                    }
                    all = allWards;
                    wards = allWards ? Set.of() : chosen;
                }
                case ACTIVITY -> {
                    required(field, value);
                    if (!value.isEmpty()) {
                        try {
                            activity = Activity.valueOf(value);
                        } catch (IllegalArgumentException e) {
                            throw new BoardException("board.message.invalidValue", field.getLabel());
                        }
                        values.put(key, value);
                    }
                }
                case URL, VIDEO_URL -> {
                    required(field, value);
                    if (!value.isEmpty()) {
                        if (!BodyFormat.isWebAddress(value) || value.length() > BoardThread.VALUE_MAX) {
                            throw new BoardException("board.message.invalidUrl", field.getLabel());
                        }
                        values.put(key, value);
                    }
                }
                case NUMBER -> {
                    String normalised = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC)
                            .replace(",", "");
                    required(field, normalised);
                    if (!normalised.isEmpty()) {
                        try {
                            if (new BigDecimal(normalised).signum() < 0) {
                                throw new NumberFormatException();
                            }
                        } catch (NumberFormatException e) {
                            throw new BoardException("board.message.invalidNumber", field.getLabel());
                        }
                        values.put(key, normalised);
                    }
                }
                case DATE -> {
                    LocalDate date = date(field, value);
                    required(field, value);
                    if (date != null) {
                        values.put(key, date.toString());
                    }
                }
                default -> {
                    required(field, value);
                    if (value.length() > BoardThread.VALUE_MAX) {
                        throw new BoardException("board.message.valueTooLong", field.getLabel(), BoardThread.VALUE_MAX);
                    }
                    if (!value.isEmpty()) {
                        values.put(key, value);
                    }
                }
            }
        }
        return new PostContent(cleanTitle, cleanBody, values, activity, all, wards, periodStart, periodEnd);
    }

    private static void required(BoardTypeField field, String value) {
        if (field.isRequired() && (value == null || value.isBlank())) {
            throw new BoardException("board.message.fieldRequired", field.getLabel());
        }
    }

    private static LocalDate date(BoardTypeField field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BoardException("board.message.invalidDate", field.getLabel());
        }
    }
}
