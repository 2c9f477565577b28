package io.lambdasim.app;

import io.lambdasim.app.cli.LambdaSimCommand;
import io.lambdasim.app.project.ProjectFormat;
import io.lambdasim.app.ui.shell.LambdaSimApp;
import java.util.Locale;

/**
 * The entry point of both faces of LambdaSim: with no arguments it opens the desktop app on the built-in example;
 * with arguments it runs the command line ({@code lambdasim cost ...}). One argument naming a LambdaSim project file
 * ({@code *.lsim}) opens the window too, with that file among the app's parameters: that is how the desktop's file
 * association (installers/) starts the app. It does not extend {@code Application}, so that JavaFX starts from the
 * class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            LambdaSimApp.main(args);
            return;
        }
        System.exit(LambdaSimCommand.run(args, System.out, System.err));
    }

    /** Whether {@code args} start the desktop app (none, or one project file) rather than the command line. */
    static boolean opensWindow(String[] args) {
        return args.length == 0
                || args.length == 1 && !args[0].startsWith("-")
                        && args[0].toLowerCase(Locale.ROOT).endsWith(ProjectFormat.EXTENSION);
    }
}
