package io.sirius.shell.internal;

import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginRegistry;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NodeStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code sirius:status}: the chain's height and last block, the unconfirmed pool, the plugins, and why block
 * processing is paused or the node failed, if it is.
 */
@Service
@Command(scope = "sirius", name = "status", description = "Shows the node's phase, height, last block, "
        + "unconfirmed transactions and plugins, and why processing is paused if it is")
public class StatusCommand implements Action {

    @Reference
    ChainService chain;

    @Reference
    PluginRegistry registry;

    @Override
    public Object execute() {
        print(chain.status(), chain, registry, System.out, Instant.now());
        return null;
    }

    static void print(NodeStatus status, ChainService chain, PluginRegistry registry, PrintStream out, Instant now) {
        out.println("Phase:        " + status.phase().name().toLowerCase(java.util.Locale.ROOT));
        status.detail().ifPresent(d -> out.println("Why:          " + d));
        chain.network().ifPresent(n -> {
            out.println("Network:      " + n.network().configName() + ", generation hash " + n.generationHash());
            out.println("Currency:     " + n.currencyMosaicId().toHex());
        });
        out.println("Height:       " + status.height() + (status.height() > 0 ? " (" + status.tipHash() + ")" : ""));
        status.lastBlockTime().ifPresent(t -> out.println("Last block:   " + t + " (" + ago(Duration.between(t, now)) + ")"));
        out.println("Unconfirmed:  " + status.unconfirmed());
        out.println("Data:         " + chain.dataDirectory());
        ShellTable table = new ShellTable();
        table.column("Plugin");
        table.column("Bundle");
        table.column("State");
        for (PluginInfo p : registry.plugins()) {
            String state = switch (p.state()) {
                case ACTIVE -> "active since " + p.activeSince().map(Object::toString).orElse("?");
                case AVAILABLE -> "available";
                case REJECTED -> "rejected";
            };
            table.addRow().addContent(p.name(), p.bundleSymbolicName() + " [" + p.bundleId() + "]", state);
        }
        table.print(out);
    }

    private static String ago(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        return seconds < 120 ? seconds + " s ago" : seconds / 60 + " min ago";
    }
}
