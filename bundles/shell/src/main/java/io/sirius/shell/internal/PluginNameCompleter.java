package io.sirius.shell.internal;

import io.sirius.kernel.PluginRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completes the plugin name of {@code sirius:plugin}: plugins not installed after {@code install}, installed
 * ones after {@code uninstall}.
 */
@Service
public class PluginNameCompleter implements Completer {

    @Reference
    FeaturesService features;

    @Reference
    PluginRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        try {
            PluginAdmin admin = new PluginAdmin(features, registry, Duration.ofMillis(50));
            String action = actionOf(commandLine);
            List<String> names = "install".equals(action) ? admin.installable()
                    : "uninstall".equals(action) || "enable".equals(action) || "disable".equals(action)
                            ? admin.uninstallable() : List.of();
            return new StringsCompleter(names).complete(session, commandLine, candidates);
        } catch (Exception e) {
            return -1;
        }
    }

    /** @return the word after the command name, if any */
    static String actionOf(CommandLine commandLine) {
        String[] words = commandLine.getArguments();
        return words.length > 1 ? words[1] : "";
    }
}
