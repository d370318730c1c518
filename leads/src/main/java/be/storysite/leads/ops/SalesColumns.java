package be.storysite.leads.ops;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a lead in {@code leads list}, the xlsx export and the Excel CSV: the salesperson's first, the
 * lead id last. One list, so the three never disagree on names or order.
 *
 * <pre>{@code
 * for (SalesColumns.Column c : SalesColumns.EXPORT) {
 *     sheetRow.add(c.header(), c.value().apply(lead));   // LocalDateTime for "received", String otherwise
 * }
 * }</pre>
 */
public final class SalesColumns {

    /**
     * One column.
     *
     * @param header its name in the header row
     * @param value the cell of a lead: a {@link java.time.LocalDateTime} or a String
     */
    public record Column(String header, Function<SalesLead, Object> value) {
    }

    static final Column RECEIVED = new Column("received", SalesLead::received);
    static final Column ID = new Column("id", SalesLead::id);
    private static final List<Column> SALES = List.of(RECEIVED, new Column("name", SalesLead::name),
            new Column("organisation", SalesLead::organisation), new Column("topic", SalesLead::topic),
            new Column("story or page", SalesLead::origin), new Column("manager", SalesLead::manager),
            new Column("state", SalesLead::state));

    /** What {@code leads list} shows. */
    public static final List<Column> LIST = concat(SALES, List.of(ID));

    /** What the xlsx export and the Excel CSV hold. */
    public static final List<Column> EXPORT = concat(SALES, List.of(new Column("email", SalesLead::email),
            new Column("phone", SalesLead::phone), new Column("organisation type", SalesLead::organisationType),
            new Column("municipality", SalesLead::municipality), new Column("postcode", SalesLead::postcode),
            new Column("message", SalesLead::message), new Column("language", SalesLead::lang),
            new Column("page address", SalesLead::originUrl), ID));

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The most characters {@code leads list} shows of each column of {@link #LIST}; the id is never cut. */
    private static final List<Integer> LIST_LIMITS = List.of(16, 24, 28, 24, 32, 20, 9, 36);

    private SalesColumns() {
    }

    /** A cell as text: a time as {@code 2026-06-01 14:00} (local, no zone: the site's), anything else as is. */
    public static String text(Object cell) {
        if (cell instanceof LocalDateTime time) {
            return LOCAL_TIME.format(time);
        }
        return cell == null ? "" : cell.toString();
    }

    /** {@code leads list}'s table of these leads: a header, then one aligned line each. */
    public static TextTable listTable(List<SalesLead> leads) {
        TextTable table = new TextTable(LIST.stream().map(Column::header).toList(), LIST_LIMITS);
        leads.forEach(lead -> table.add(LIST.stream().map(c -> text(c.value().apply(lead))).toList()));
        return table;
    }

    private static List<Column> concat(List<Column> first, List<Column> then) {
        return java.util.stream.Stream.concat(first.stream(), then.stream()).toList();
    }
}
