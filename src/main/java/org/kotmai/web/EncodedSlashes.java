package org.kotmai.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Provision numbers such as {@code 77/1} travel URL-encoded ({@code 77%2F1}) in one path segment.
 * Tomcat rejects an encoded slash unless told to pass it through to the application, which decodes
 * it as part of the provision number.
 */
@Component
class EncodedSlashes implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
