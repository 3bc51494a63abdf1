import { expect } from 'chai';
import { homedir } from 'node:os';
import path from 'node:path';
import { mavenLocalRepository, progressText } from '../../../engine/distribution.ts';

describe('engine/distribution: the first fetch shows how far it is', () => {
  it('shows megabytes and percent of the archive, and megabytes alone while its size is unknown', () => {
    expect(progressText(83_400_000, 212_102_843, 12.4)).to.equal(
      '83 MB of 212 MB (39 %) after 12 s',
    );
    expect(progressText(212_102_843, 212_102_843, 30)).to.equal(
      '212 MB of 212 MB (100 %) after 30 s',
    );
    expect(progressText(0, 212_102_843, 2)).to.equal('Maven is preparing the download (2 s)');
    expect(progressText(400_000, 212_102_843, 14)).to.equal('0 MB of 212 MB (0 %) after 14 s');
    expect(progressText(5_000_000, undefined, 4)).to.equal('5 MB after 4 s');
  });

  it("watches Maven's own local repository, also when MAVEN_OPTS moves it", () => {
    expect(mavenLocalRepository({})).to.equal(path.join(homedir(), '.m2', 'repository'));
    expect(mavenLocalRepository({ MAVEN_OPTS: '-Xmx1g -Dmaven.repo.local=/data/m2 -q' })).to.equal(
      '/data/m2',
    );
    expect(mavenLocalRepository({ MAVEN_ARGS: '-Dmaven.repo.local="/srv/maven repo"' })).to.equal(
      '/srv/maven repo',
    );
  });
});
