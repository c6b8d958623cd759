import { useEffect } from 'react';
import { AppHeader } from './components/AppHeader';
import { BackupsScreen } from './components/backups/BackupsScreen';
import { HistoryScreen } from './components/history/HistoryScreen';
import { HomeScreen } from './components/home/HomeScreen';
import { IdentityScreen } from './components/identity/IdentityScreen';
import { RecoveryScreen } from './components/recovery/RecoveryScreen';
import { VendorPage } from './components/vendors/VendorPage';
import { VendorsScreen } from './components/vendors/VendorsScreen';
import { VerifyScreen } from './components/verify/VerifyScreen';
import { WizardScreen } from './components/wizard/WizardScreen';
import { useDataHealth } from './stores/dataHealth';
import { useNavigation } from './stores/navigation';

export function App() {
  const route = useNavigation((state) => state.route);
  const health = useDataHealth((state) => state.health);
  const loadHealth = useDataHealth((state) => state.load);

  useEffect(() => {
    void loadHealth();
  }, [loadHealth]);

  // Nothing until the backend has said whether the data can be used (one request): the first screen drawn is the right one.
  if (health === null) return <div className="app" />;
  if (health.state !== 'ok') {
    return (
      <div className="app">
        <AppHeader navigation={false} />
        <RecoveryScreen problem={health} />
      </div>
    );
  }
  return (
    <div className="app">
      <AppHeader />
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'wizard' && <WizardScreen assessmentId={route.assessmentId} />}
      {route.name === 'verify' && <VerifyScreen />}
      {route.name === 'identity' && <IdentityScreen />}
      {route.name === 'backups' && <BackupsScreen />}
      {route.name === 'history' && <HistoryScreen />}
      {route.name === 'vendors' && <VendorsScreen notice={route.notice} />}
      {route.name === 'vendor' && <VendorPage key={route.vendorId} vendorId={route.vendorId} notice={route.notice} />}
    </div>
  );
}
