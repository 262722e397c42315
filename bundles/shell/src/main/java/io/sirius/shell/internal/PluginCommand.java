package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.kernel.PluginRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code sirius:plugin list|install|uninstall [name]}: the operator's view of the node's plugins.
 */
@Service
@Command(scope = "sirius", name = "plugin", description = "Lists, installs and uninstalls Sirius plugins. "
        + "A plugin x ships as the Karaf feature sirius-plugin-x; install and uninstall take effect at once, "
        + "without a restart.")
public class PluginCommand implements Action {

    @Reference
    FeaturesService features;

    @Reference
    PluginRegistry registry;

    @Argument(index = 0, name = "action", required = true, description = "list, install or uninstall")
    @Completion(PluginActionCompleter.class)
    String action;

    @Argument(index = 1, name = "plugin", required = false, description = "the plugin's name, e.g. transfer")
    @Completion(PluginNameCompleter.class)
    String plugin;

    @Option(name = "-t", aliases = "--timeout", description = "seconds to wait for the kernel to see the change (default 30)")
    int timeoutSeconds = 30;

    @Override
    public Object execute() throws Exception {
        PluginAdmin admin = new PluginAdmin(features, registry, Duration.ofMillis(50));
        Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
        PrintStream out = System.out;
        switch (action) {
            case "list" -> print(admin.list(), out);
            case "install" -> out.println(admin.install(plugin, timeout));
            case "uninstall" -> out.println(admin.uninstall(plugin, timeout));
            default -> throw new SiriusException("Unknown action '" + action + "'; use list, install or uninstall.");
        }
        return null;
    }

    static void print(List<PluginRow> rows, PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Version");
        table.column("Bundle");
        table.column("Types");
        table.column("State");
        for (PluginRow row : rows) {
            table.addRow().addContent(row.name(), row.version(), row.bundle(), row.types(), row.state());
        }
        table.print(out);
        for (PluginRow row : rows) {
            row.problem().ifPresent(p -> out.println("Rejected " + row.name() + ": " + p));
        }
    }
}
