package io.sirius.plugin.config.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.kernel.config.PluginConfigCheck;
import io.sirius.plugin.config.internal.config.NetworkConfigSettings;
import io.sirius.plugin.config.internal.observers.NetworkConfigObserver;
import io.sirius.plugin.config.internal.validators.NetworkConfigApplyHeightValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigPluginCheckValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigPluginSectionsValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigRedundancyValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigResults;
import io.sirius.plugin.config.internal.validators.NetworkConfigSignerValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigSizeValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigSupportedEntitiesValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigTextValidator;
import io.sirius.plugin.config.model.NetworkConfigTransaction;
import io.sirius.plugin.config.model.NetworkConfigTypes;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The network config family, a Sirius system plugin: the network key schedules a whole new network configuration
 * for a future height. The configurations live in the kernel's NetworkConfig cache, which the kernel declares and
 * owns; this plugin only adds to it (and takes back on rollback), so it declares no cache of its own.
 */
@SiriusPlugin(value = "config", types = "0x4159")
@Component(service = TransactionPlugin.class)
public final class NetworkConfigPlugin implements TransactionPlugin {
    private final PluginConfigCheck check;

    /**
     * @param check the kernel's check of a whole proposed configuration
     */
    @Activate
    public NetworkConfigPlugin(@Reference PluginConfigCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public String name() {
        return "config";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(NetworkConfigSettings.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Network_Config", NetworkConfigTypes.NETWORK_CONFIG,
                NetworkConfigTypes.NETWORK_CONFIG_VERSION, NetworkConfigTypes.NETWORK_CONFIG_VERSION, true,
                NetworkConfigTransaction.class, new NetworkConfigTransactionCodec(), new NetworkConfigTransactionHandler()));
        registrar.results(NetworkConfigResults.values());
        registrar.statelessValidator(new NetworkConfigApplyHeightValidator());
        registrar.statelessValidator(new NetworkConfigSizeValidator());
        registrar.statelessValidator(new NetworkConfigSupportedEntitiesValidator());
        registrar.statelessValidator(new NetworkConfigTextValidator());
        registrar.statefulValidator(new NetworkConfigSignerValidator());
        registrar.statefulValidator(new NetworkConfigRedundancyValidator());
        registrar.statefulValidator(new NetworkConfigPluginSectionsValidator());
        registrar.statefulValidator(new NetworkConfigPluginCheckValidator(check));
        registrar.observer(new NetworkConfigObserver());
        registrar.transactionJson(NetworkConfigTypes.NETWORK_CONFIG, new NetworkConfigTransactionJson());
    }
}
