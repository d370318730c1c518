package be.storysite.cli;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.leads.app.LeadServer;
import be.storysite.leads.app.LeadService;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import be.storysite.leads.ops.LeadOps;
import be.storysite.leads.ops.RetentionAge;
import be.storysite.leads.store.DatabaseSettings;
import be.storysite.leads.store.Databases;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.QuarantinedLead;
import be.storysite.leads.store.Release;
import be.storysite.leads.store.StoreException;
import be.storysite.leads.store.StoredLead;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storysite leads ...}: run the lead service in production, and operate its store (list, export, resend,
 * retention, GDPR erasure, the spam quarantine). Every sub-command reads the same configuration as the service.
 */
@Command(name = "leads", mixinStandardHelpOptions = true,
        description = "Runs and operates the lead service.",
        subcommands = {LeadsCommand.Serve.class, LeadsCommand.ListLeads.class, LeadsCommand.Export.class,
            LeadsCommand.Resend.class, LeadsCommand.Purge.class, LeadsCommand.Forget.class, LeadsCommand.Spam.class})
final class LeadsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a leads command: serve, list, export, resend, purge, forget, spam");
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
                return run(loaded.get(), new LeadOps(store, Clock.systemUTC()), spec.commandLine().getOut(), err);
            } catch (StoreException e) {
                err.println(e.report(database));
                return ExitCodes.STORE_UNAVAILABLE;
            }
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

    /** A listing of the newest leads, one line each: id, time, organisation, e-mail, manager, then its own part. */
    abstract static class Listing extends StoreCommand {
        @Option(names = "--limit", defaultValue = "50", description = "how many; default: ${DEFAULT-VALUE}")
        int limit;

        static void row(PrintWriter out, Lead lead, String routing, String rest) {
            out.printf("%s  %s  %-30s  %-28s  -> %s  %s%n", lead.id(), lead.receivedAt(), lead.field("organisation"),
                    lead.field("email"), routing, rest);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the newest leads with their delivery state.")
    static final class ListLeads extends Listing {
        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            for (StoredLead stored : ops.list(limit)) {
                Lead lead = stored.lead();
                String state = stored.jobs().stream().map(j -> j.channel() + ":" + j.state())
                        .reduce((a, b) -> a + "," + b).orElse("-");
                row(out, lead, lead.routing().managerId() + " (" + lead.routing().ruleId() + ")", state);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes every lead as CSV to standard output.")
    static final class Export extends StoreCommand {
        @Option(names = "--format", defaultValue = "csv", description = "csv (the only format)")
        String format;

        @Override
        void checkArguments() {
            if (!format.equals("csv")) {
                throw new ParameterException(spec.commandLine(), "unknown format '" + format + "': use --format csv");
            }
        }

        @Override
        int run(LeadOps ops, PrintWriter out, PrintWriter err) {
            ops.exportCsv(out);
            out.flush();
            return ExitCodes.OK;
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
            try {
                age = RetentionAge.parse(olderThan);
                quarantineAge = RetentionAge.parse(quarantineOlderThan);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
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
