package be.storysite.cli;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.leads.app.LeadServer;
import be.storysite.leads.app.LeadService;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.forms.FormsConfig;
import be.storysite.forms.FormsLoader;
import be.storysite.generator.SiteGenerator;
import be.storysite.leads.ops.LeadOps;
import be.storysite.leads.ops.LeadReport;
import be.storysite.leads.ops.ReportOutput;
import be.storysite.leads.ops.RetentionAge;
import be.storysite.leads.ops.SalesColumns;
import be.storysite.leads.ops.SalesFields;
import be.storysite.leads.ops.SalesLead;
import be.storysite.leads.ops.TableCsv;
import be.storysite.leads.store.DatabaseSettings;
import be.storysite.leads.store.Databases;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.QuarantinedLead;
import be.storysite.leads.store.Release;
import be.storysite.leads.store.StoreException;
import be.storysite.leads.store.StoredLead;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storysite leads ...}: run the lead service in production, and operate its store (list, export, report,
 * resend, retention, GDPR erasure, the spam quarantine). Every sub-command reads the same configuration as the
 * service; times are shown in the site's time zone ({@link SiteGenerator#SITE_ZONE}).
 *
 * <pre>{@code
 * storysite leads list --since 30d
 * storysite leads export --format xlsx --output leads.xlsx
 * storysite leads report --since 90d --format csv --excel --output report.csv
 * }</pre>
 */
@Command(name = "leads", mixinStandardHelpOptions = true,
        description = "Runs and operates the lead service.",
        subcommands = {LeadsCommand.Serve.class, LeadsCommand.ListLeads.class, LeadsCommand.Export.class,
            LeadsCommand.Report.class, LeadsCommand.Resend.class, LeadsCommand.Purge.class, LeadsCommand.Forget.class, LeadsCommand.Spam.class})
final class LeadsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a leads command: serve, list, export, report, resend, purge, forget, spam");
    }

    /**
     * A command that works on the configured store: it opens the existing database (never creating one), runs
     * {@link #run}, closes it. Configuration errors are printed with file and line, exit 1; a missing, locked or
     * damaged store is one line naming it, exit 3.
     */
    abstract static class StoreCommand implements Callable<Integer> {
        @Mixin
        LeadsConfigOption config;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            checkArguments();
            PrintWriter err = spec.commandLine().getErr();
            Optional<LeadsConfig> loaded = config.loadOrReport(err);
            if (loaded.isEmpty()) {
                return ExitCodes.CONTENT_ERRORS;
            }
            DatabaseSettings database = loaded.get().database();
            try (LeadStore store = new LeadStore(Databases.openExisting(database))) {
                // Times shown to people are the site's local time (what the mails and the site say).
                LeadOps ops = new LeadOps(store, Clock.system(SiteGenerator.SITE_ZONE), salesFields(loaded.get()));
                return run(loaded.get(), ops, spec.commandLine().getOut(), err);
            } catch (StoreException e) {
                err.println(e.report(database));
                return ExitCodes.STORE_UNAVAILABLE;
            }
        }

        /**
         * Which field of each form holds the name, organisation, topic, ... (read from {@code contact-forms/}); by
         * their usual names when the forms have errors, since the stored leads are worth reading all the same.
         */
        private static Function<String, SalesFields> salesFields(LeadsConfig loaded) {
            Diagnostics problems = new Diagnostics();
            Optional<FormsConfig> forms = FormsLoader.load(loaded.contactForms(), problems);
            return forms.filter(f -> !problems.hasErrors()).map(f -> SalesFields.of(f))
                    .orElse(formId -> SalesFields.BY_NAME);
        }

        /** Runs with the loaded configuration at hand (for the commands that need more than the store). */
        int run(LeadsConfig loaded, LeadOps ops, PrintWriter out, PrintWriter err) {
            return run(ops, out, err);
        }

        /** Usage errors (exit 2) are found before the database is opened. */
        void checkArguments() {
        }

        abstract int run(LeadOps ops, PrintWriter out, PrintWriter err);
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Runs the lead service (POST /leads/{form}, GET /healthz) with its delivery worker.")
    static final class Serve implements Callable<Integer> {
        @Mixin
        LeadsConfigOption config;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Optional<LeadsConfig> found = config.loadOrReport(err);
            if (found.isEmpty()) {
                return ExitCodes.CONTENT_ERRORS;
            }
            LeadsConfig loaded = found.get();
            LeadServer started;
            try {
                started = LeadServer.start(loaded);
            } catch (StoreException e) {
                err.println(e.report(loaded.database()));
                return ExitCodes.STORE_UNAVAILABLE;
            } catch (DiagnosticException e) {
                // contact-forms/ or the mail templates (templates/mail/) have errors: each with file:line:col
                e.diagnostics().forEach(d -> err.println(d.format(Path.of("").toAbsolutePath())));
                err.println("the lead service did not start (step '" + e.step() + "'): fix the errors above");
                return ExitCodes.CONTENT_ERRORS;
            }
            try (LeadServer server = started) {
                err.printf("lead service listening on %s:%d%n", loaded.host(), server.port());
                err.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (Exception ignored) {
                        // stopping anyway
                    }
                }));
                server.join();
            }
            return ExitCodes.OK;
        }
    }

    /** A listing of the newest leads ({@code --limit}); the quarantine's lines: id, time, organisation, e-mail, manager, reason. */
    abstract static class Listing extends StoreCommand {
        @Option(names = "--limit", defaultValue = "50", description = "how many; default: ${DEFAULT-VALUE}")
        int limit;

        /** One lead on a line: id first (to copy into {@code spam release}), received in the site's local time. */
        static void row(PrintWriter out, Lead lead, String routing, String rest) {
            out.printf("%s  %s  %-30s  %-28s  -> %s  %s%n", lead.id(),
                    SalesColumns.text(LocalDateTime.ofInstant(lead.receivedAt(), SiteGenerator.SITE_ZONE)),
                    lead.field("organisation"), lead.field("email"), routing, rest);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the newest leads: received (local time), name, organisation, topic, story or page, "
                    + "manager, delivery state, id.")
    static final class ListLeads extends Listing {
        @Option(names = "--since", paramLabel = "AGE", description = "only leads of the last AGE, e.g. 30d, 8w, 12h")
        String since;
        private Duration age;

        @Override
        void checkArguments() {
            age = since == null ? null : parseAge(spec, since);
        }

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            List<SalesLead> leads = ops.sales(limit, age);
            if (leads.isEmpty()) {
                err.println("no leads" + (since == null ? "" : " in the last " + since));
            } else {
                SalesColumns.listTable(leads).print(out);
            }
            return ExitCodes.OK;
        }
    }

    /** A command that writes csv (and maybe xlsx) to standard output or to {@code --output FILE}. */
    abstract static class Writing extends StoreCommand {
        @Option(names = "--excel", description = "CSV for Excel with a European locale: UTF-8 byte order mark, ';' "
                + "between cells, CRLF, local times")
        boolean excel;
        @Option(names = "--output", paramLabel = "FILE", description = "write into FILE (needed for xlsx)")
        Path output;

        abstract String format();

        @Override
        void checkArguments() {
            if (format().equals("xlsx") && output == null) {
                throw new ParameterException(spec.commandLine(), "--format xlsx writes a file: add --output FILE.xlsx");
            }
            if (excel && !format().equals("csv")) {
                throw new ParameterException(spec.commandLine(), "--excel is a kind of CSV: use it with --format csv");
            }
        }

        /** Writes text to {@code --output} in UTF-8, or to standard output. */
        int text(PrintWriter out, PrintWriter err, Consumer<Writer> write) {
            if (output == null) {
                write.accept(out);
                out.flush();
                return ExitCodes.OK;
            }
            return file(err, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                write.accept(writer);
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /**
         * Writes {@code --output} through a spare file beside it, so that an export that fails half-way (a store
         * that goes away) leaves the previous file, not half a spreadsheet; a file that cannot be written is one
         * line (exit 1).
         */
        int file(PrintWriter err, Consumer<OutputStream> write) {
            Path spare = output.resolveSibling(output.getFileName() + ".part");
            try {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(spare))) {
                    write.accept(stream);
                }
                Files.move(spare, output, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | UncheckedIOException e) {
                err.println(output + ": error: cannot write the file (" + e.getMessage() + ")");
                return ExitCodes.CONTENT_ERRORS;
            } finally {
                deleteQuietly(spare);
            }
            return ExitCodes.OK;
        }

        private static void deleteQuietly(Path spare) {
            try {
                Files.deleteIfExists(spare);
            } catch (IOException e) {
                // only the spare of a failed export; the message above already names the file
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes every lead as CSV (standard output or --output) or as an xlsx spreadsheet.")
    static final class Export extends Writing {
        @Option(names = "--format", defaultValue = "csv", description = "csv (every stored column) or xlsx (the "
                + "salesperson's columns, typed dates); default: ${DEFAULT-VALUE}")
        String format;

        @Override
        String format() {
            return format;
        }

        @Override
        void checkArguments() {
            if (!format.equals("csv") && !format.equals("xlsx")) {
                throw new ParameterException(spec.commandLine(), "unknown format '" + format + "': use --format csv or xlsx");
            }
            super.checkArguments();
        }

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            if (format.equals("xlsx")) {
                return file(err, ops::exportXlsx);
            }
            return text(out, err, excel ? ops::exportExcelCsv : ops::exportCsv);
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Counts leads per story, per service and per month: which stories bring conversations.")
    static final class Report extends Writing {
        @Option(names = "--since", defaultValue = "90d", paramLabel = "AGE", description = "the last AGE; default: ${DEFAULT-VALUE}")
        String since;
        @Option(names = "--format", defaultValue = "text", description = "text, csv or xlsx; default: ${DEFAULT-VALUE}")
        String format;
        private Duration age;

        @Override
        String format() {
            return format;
        }

        @Override
        void checkArguments() {
            if (!List.of("text", "csv", "xlsx").contains(format)) {
                throw new ParameterException(spec.commandLine(), "unknown format '" + format + "': use --format text, csv or xlsx");
            }
            super.checkArguments();
            age = parseAge(spec, since);
        }

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            LeadReport report = ops.report(age);
            ReportOutput output = new ReportOutput(SiteGenerator.SITE_ZONE);
            return switch (format) {
                case "xlsx" -> file(err, stream -> output.xlsx(report, stream));
                case "csv" -> text(out, err, writer -> output.csv(report, writer,
                        excel ? TableCsv.Dialect.EXCEL : TableCsv.Dialect.STANDARD));
                default -> text(out, err, writer -> output.text(report, new PrintWriter(writer, true)));
            };
        }
    }

    /** An age such as 90d, or a usage error (exit 2) saying how to write one. */
    static Duration parseAge(CommandSpec spec, String text) {
        try {
            return RetentionAge.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Command(name = "resend", mixinStandardHelpOptions = true, description = "Queues a lead's notification mail again.")
    static final class Resend extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "the lead id (see leads list)")
        String id;

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            Optional<DeliveryJob> job = ops.resend(id);
            if (job.isEmpty()) {
                err.println("no lead with id '" + id + "': see storysite leads list");
                return ExitCodes.CONTENT_ERRORS;
            }
            out.println("queued again: lead " + id + " to " + job.get().recipient());
            return ExitCodes.OK;
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Retention: deletes leads older than an age, and quarantined leads older than a shorter one.")
    static final class Purge extends StoreCommand {
        @Option(names = "--older-than", required = true, paramLabel = "AGE", description = "e.g. 365d, 8w, 12h")
        String olderThan;
        @Option(names = "--quarantine-older-than", defaultValue = "30d", paramLabel = "AGE",
                description = "quarantined (suspected spam) leads; default: ${DEFAULT-VALUE}")
        String quarantineOlderThan;
        private Duration age;
        private Duration quarantineAge;

        @Override
        void checkArguments() {
            age = parseAge(spec, olderThan);
            quarantineAge = parseAge(spec, quarantineOlderThan);
        }

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            out.println("deleted " + ops.purgeOlderThan(age) + " lead(s) older than " + olderThan);
            out.println("deleted " + ops.purgeQuarantineOlderThan(quarantineAge) + " quarantined lead(s) older than "
                    + quarantineOlderThan);
            return ExitCodes.OK;
        }
    }

    @Command(name = "forget", mixinStandardHelpOptions = true,
            description = "GDPR erasure: deletes everything stored about an e-mail address.")
    static final class Forget extends StoreCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            out.println("deleted " + ops.forget(email) + " lead(s) of " + email);
            return ExitCodes.OK;
        }
    }

    @Command(name = "spam", mixinStandardHelpOptions = true,
            description = "The quarantine: leads kept back as suspected spam (time trap, honeypot), not delivered.",
            subcommands = {SpamList.class, SpamRelease.class})
    static final class Spam implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "name a spam command: list, release ID");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the newest leads in quarantine.")
    static final class SpamList extends Listing {
        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            for (QuarantinedLead quarantined : ops.quarantined(limit)) {
                row(out, quarantined.lead(), quarantined.lead().routing().managerId(), quarantined.reason());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "release", mixinStandardHelpOptions = true,
            description = "Takes a lead out of quarantine; the running service delivers it like any other.")
    static final class SpamRelease extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "the lead id (see leads spam list)")
        String id;

        @Override
        int run(LeadsConfig loaded, LeadOps ops, PrintWriter out, PrintWriter err) {
            Release release = ops.release(id, LeadService.deliveryPlan(loaded));
            if (release instanceof Release.Released released) {
                out.println("released: lead " + id + " queued for " + released.lead().routing().managerEmail()
                        + " (" + released.jobs().size() + " delivery job(s))");
                return ExitCodes.OK;
            }
            if (release instanceof Release.NotQuarantined) {
                out.println("lead " + id + " is not in quarantine (released before?): nothing queued");
                return ExitCodes.OK;
            }
            err.println("no lead with id '" + id + "': see storysite leads spam list");
            return ExitCodes.CONTENT_ERRORS;
        }

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            throw new IllegalStateException("release needs the configuration's delivery plan");
        }
    }
}
