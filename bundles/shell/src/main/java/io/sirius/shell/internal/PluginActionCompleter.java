package io.sirius.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completes the action of {@code sirius:plugin}.
 */
@Service
public class PluginActionCompleter implements Completer {
    static final List<String> ACTIONS = List.of("list", "install", "uninstall", "enable", "disable");

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(ACTIONS).complete(session, commandLine, candidates);
    }
}
