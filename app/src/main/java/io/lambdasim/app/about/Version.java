package io.lambdasim.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of LambdaSim, as Maven stamped it into the app's resources. */
public final class Version {

    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/io/lambdasim/app/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
