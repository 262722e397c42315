package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.kernel.PluginRegistry;
import io.sirius.kernel.chain.ChainService;
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
@Command(scope = "sirius", name = "plugin", description = "Lists, installs and uninstalls Sirius plugins on this node, "
        + "and enables or disables them on the network. A plugin x ships as the Karaf feature sirius-plugin-x; install and "
        + "uninstall take effect at once, without a restart; enable and disable announce a NetworkConfig transaction "
        + "(network key needed) that takes effect at a future height on every node.")
public class PluginCommand implements Action {

    @Reference
    FeaturesService features;

    @Reference
    PluginRegistry registry;

    @Reference
    ChainService chain;

    @Argument(index = 0, name = "action", required = true,
            description = "list, install, uninstall (this node), or enable, disable (the whole network, from a future height)")
    @Completion(PluginActionCompleter.class)
    String action;

    @Argument(index = 1, name = "plugin", required = false, description = "the plugin's name, e.g. transfer")
    @Completion(PluginNameCompleter.class)
    String plugin;

    @Option(name = "-t", aliases = "--timeout", description = "seconds to wait for the kernel to see the change (default 30)")
    int timeoutSeconds = 30;

    @Option(name = "-k", aliases = "--key", description = "enable/disable: the network key file (default: this node's devnet key)")
    String keyFile;

    @Option(name = "-d", aliases = "--delay", description = "enable/disable: blocks after confirmation before the change applies (default 2)")
    long delay = 2;

    @Override
    public Object execute() throws Exception {
        PluginAdmin admin = new PluginAdmin(features, registry, Duration.ofMillis(50));
        Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
        PrintStream out = System.out;
        switch (action) {
            case "list" -> print(admin.list(), out);
            case "install" -> out.println(admin.install(plugin, timeout));
            case "uninstall" -> out.println(admin.uninstall(plugin, timeout));
            case "enable" -> out.println(new PluginActivation(registry, chain).change(plugin, true, keyFile, delay));
            case "disable" -> out.println(new PluginActivation(registry, chain).change(plugin, false, keyFile, delay));
            default -> throw new SiriusException("Unknown action '" + action + "'; use list, install, uninstall, enable or disable.");
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
