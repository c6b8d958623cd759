import { AppHeader } from './components/AppHeader';
import { HomeScreen } from './components/home/HomeScreen';
import { IdentityScreen } from './components/identity/IdentityScreen';
import { VerifyScreen } from './components/verify/VerifyScreen';
import { WizardScreen } from './components/wizard/WizardScreen';
import { useNavigation } from './stores/navigation';

export function App() {
  const route = useNavigation((state) => state.route);
  return (
    <div className="app">
      <AppHeader />
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'wizard' && <WizardScreen assessmentId={route.assessmentId} />}
      {route.name === 'verify' && <VerifyScreen />}
      {route.name === 'identity' && <IdentityScreen />}
    </div>
  );
}
