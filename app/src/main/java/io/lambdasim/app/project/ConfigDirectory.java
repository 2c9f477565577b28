package io.lambdasim.app.project;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where LambdaSim keeps its own files (recent files, the autosave recovery file): the operating system's place for
 * application settings.
 *
 * <ul>
 *   <li>Windows: {@code %APPDATA%\LambdaSim}</li>
 *   <li>macOS: {@code ~/Library/Application Support/LambdaSim}</li>
 *   <li>elsewhere: {@code $XDG_CONFIG_HOME/lambdasim}, by default {@code ~/.config/lambdasim}</li>
 * </ul>
 */
public final class ConfigDirectory {

    private ConfigDirectory() {
    }

    /** The directory for this machine's operating system, user and environment (it may not exist yet). */
    public static Path forCurrentUser() {
        return of(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")), System.getenv());
    }

    /** The directory for operating system {@code osName}, home {@code home} and environment variables {@code env}. */
    public static Path of(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("LambdaSim");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("LambdaSim");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".config")
                : Path.of(xdg);
        return base.resolve("lambdasim");
    }
}
