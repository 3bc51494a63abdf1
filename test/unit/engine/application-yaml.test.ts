import { expect } from 'chai';
import { parse } from 'yaml';
import { renderApplicationYaml } from '../../../engine/application-yaml.ts';
import { userTaskRestPrefix } from '../../../engine/engine-api.ts';

const ports = { grpc: 26600, rest: 8180, management: 9700, command: 26601, internal: 26602 };

describe('engine configuration', () => {
  it('when rendered, binds every listener to 127.0.0.1 on the given ports', () => {
    // given / when
    const config = parse(renderApplicationYaml({ dataDir: '/d', ports, clockControlled: false }));
    // then
    expect(config.zeebe.broker.gateway.network).to.deep.equal({ host: '127.0.0.1', port: 26600 });
    expect(config.zeebe.broker.network.host).to.equal('127.0.0.1');
    expect(config.zeebe.broker.network.commandApi.port).to.equal(26601);
    expect(config.server).to.deep.equal({ address: '127.0.0.1', port: 8180 });
    expect(config.management.server).to.deep.equal({ address: '127.0.0.1', port: 9700 });
    expect(config.zeebe.clock.controlled).to.equal(false);
    expect(config.zeebe.broker.exporters).to.deep.equal({});
  });

  it('when several partitions are asked for, gives the broker two CPU threads, one for one partition', () => {
    // given / when
    const threads = (partitions: number) =>
      parse(renderApplicationYaml({ dataDir: '/d', ports, clockControlled: false, partitions }))
        .zeebe.broker.threads;
    // then: on one thread the partitions took turns, and the deployment of the shipped diagrams
    // right after start-up timed out at the gateway (15 s) on 3 partitions
    expect(threads(1)).to.deep.equal({ cpuThreadCount: 1, ioThreadCount: 1 });
    expect(threads(3)).to.deep.equal({ cpuThreadCount: 2, ioThreadCount: 1 });
  });

  it('when an exporter and clock control are asked for, configures both', () => {
    // given / when
    const config = parse(
      renderApplicationYaml({
        dataDir: '/d',
        ports,
        clockControlled: true,
        exporter: {
          jarPath: '/x.jar',
          jdbcUrl: 'jdbc:postgresql://127.0.0.1:5/db',
          username: 'u',
          password: 'p',
        },
      }),
    );
    // then
    expect(config.zeebe.clock.controlled).to.equal(true);
    expect(config.zeebe.broker.exporters.itsm.className).to.equal(
      'io.itsm.exporter.PostgresExporter',
    );
    expect(config.zeebe.broker.exporters.itsm.args).to.include({
      jdbcUrl: 'jdbc:postgresql://127.0.0.1:5/db',
      username: 'u',
    });
  });

  it('when the engine version is 8.5 or 8.6+, uses the REST prefix of that version', () => {
    expect(userTaskRestPrefix('8.5.8')).to.equal('/v1');
    expect(userTaskRestPrefix('8.6.0')).to.equal('/v2');
  });
});
