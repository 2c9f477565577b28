package io.lambdasim.app;

import io.lambdasim.app.cli.LambdaSimCommand;
import io.lambdasim.app.ui.shell.LambdaSimApp;

/**
 * The entry point of both faces of LambdaSim: with no arguments it opens the desktop app on the built-in example;
 * with arguments it runs the command line ({@code lambdasim cost ...}). It does not extend {@code Application}, so that
 * JavaFX starts from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            LambdaSimApp.main(args);
            return;
        }
        System.exit(LambdaSimCommand.run(args, System.out, System.err));
    }
}
