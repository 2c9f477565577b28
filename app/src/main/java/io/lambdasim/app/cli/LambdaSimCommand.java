package io.lambdasim.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import io.lambdasim.workload.trace.TraceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lambdasim} command line: sub-commands, help, version, exit codes. */
@Command(name = "lambdasim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Cost-and-capacity simulator for AWS Lambda. Run without arguments to open the desktop app.",
        subcommands = {CostCommand.class, SimulateCommand.class, CompareCommand.class, BreakevenCommand.class,
            RecommendCommand.class, ImportCommand.class, TraceInfoCommand.class, ReconcileCommand.class,
            ReportCommand.class, CommandLine.HelpCommand.class})
public final class LambdaSimCommand implements Runnable {

    /** Bad options or inputs: the status every command exits with on input it refuses. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line on {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new LambdaSimCommand())
                .setOut(o)
                .setErr(e)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((ex, a) -> {
                    // One line: what is wrong, and where to read more.
                    CommandLine c = ex.getCommandLine();
                    c.getErr().println(c.getCommandName().equals("lambdasim") ? "lambdasim: " + ex.getMessage()
                            : "lambdasim " + c.getCommandName() + ": " + ex.getMessage()
                            + " (see 'lambdasim " + c.getCommandName() + " --help')");
                    return EXIT_USAGE;
                })
                .setExecutionExceptionHandler((ex, c, parsed) -> {
                    // Bad input gets one line naming the problem, never a stack trace.
                    String prefix = "lambdasim " + c.getCommandName() + ": ";
                    if (ex instanceof IllegalArgumentException || ex instanceof TraceFormatException) {
                        c.getErr().println(prefix + ex.getMessage());
                        return EXIT_USAGE;
                    }
                    if (ex instanceof java.nio.file.NoSuchFileException nf) {
                        c.getErr().println(prefix + nf.getFile() + ": no such file");
                        return EXIT_USAGE;
                    }
                    if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                        c.getErr().println(prefix + ex.getMessage());
                        return 1;
                    }
                    throw ex;
                });
        int status = cl.execute(args);
        o.flush();
        e.flush();
        return status;
    }
}
