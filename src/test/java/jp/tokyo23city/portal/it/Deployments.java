package jp.tokyo23city.portal.it;

import java.io.File;
import java.net.URI;
import java.net.URL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every integration test: the packaged WAR as operators deploy it, at the context root /.
 * Failsafe runs after {@code package}, so the WAR is there.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with 'mvn verify'");
        }
        // Payara Micro deploys ROOT.war at the context root /, as production does.
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The portal's address on the loopback interface. Arquillian reports the host Payara Micro names, which may be
     * the machine's external interface; tests never send traffic off loopback.
     */
    public static URI local(URL reported) {
        return URI.create("http://localhost:" + reported.getPort() + "/");
    }
}
