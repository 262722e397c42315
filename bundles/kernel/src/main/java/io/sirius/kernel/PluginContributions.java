package io.sirius.kernel;

import io.sirius.api.model.EntityType;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.TransactionJson;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the accepted plugins contribute beyond block processing, for the REST surface: their routes, and how their
 * transactions are decoded and shown. Changes as plugin bundles come and go.
 */
@ProviderType
public interface PluginContributions {

    /** @return the routes of every accepted plugin */
    List<RouteDescriptor> routes();

    /**
     * @param type a transaction type
     * @return the accepted plugin's description of it (codec included), if any plugin declares it
     */
    Optional<TransactionDescriptor<?>> transaction(EntityType type);

    /**
     * @param type a transaction type
     * @return how its body is shown in REST JSON, if its plugin declares it
     */
    Optional<TransactionJson<?>> transactionJson(EntityType type);
}
