package io.github.dockertutor.engine;

/**
 * One published port: {@code -p [hostIp:]hostPort:containerPort[/protocol]}.
 *
 * @param hostIp        the host address to listen on; "" for all
 * @param hostPort      the port on the learner's machine; 0 lets the engine choose
 * @param containerPort the port inside the container
 * @param protocol      tcp or udp
 */
public record PortMapping(String hostIp, int hostPort, int containerPort, String protocol) {
    public static PortMapping tcp(int hostPort, int containerPort) {
        return new PortMapping("", hostPort, containerPort, "tcp");
    }

    @Override
    public String toString() {
        return (hostIp.isEmpty() ? "" : hostIp + ":") + hostPort + "->" + containerPort + "/" + protocol;
    }
}
